/**
 * The node program of large graphs: points (one vertex each, not an instanced triangle) that the GPU
 * dims and that skip the picking pass while the stage is dragged.
 *
 * Dimming: each point carries an `active` flag (the node reducer's: in the selection's neighbourhood,
 * on the path, in a dimming hover's neighbourhood); while the explorer dims (`DimState.on`), points
 * without it are drawn in the dim colour. A node outside every neighbourhood so keeps the same data
 * whatever is selected, and a selection refreshes only the nodes it touches: at 10,000 nodes the
 * reducer and buffer pass over every node was a third of the response to a click.
 *
 * Dragging: sigma draws every node twice per frame — on screen and into the picking buffer it reads
 * to find the node under the pointer — but nothing is picked during a drag (the controller holds
 * hover back then), and in software WebGL the second pass costs a third of a panning frame. The first
 * frame after the drag (sigma refreshes on release) draws both passes again.
 */
import type { Attributes } from 'graphology-types';
import { NodeProgram, type NodeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

export interface DimState {
  /** Whether points without the active flag are dimmed. */
  on: boolean;
  /** The dim colour as RGBA in 0–1. */
  color: readonly [number, number, number, number];
}

// language=GLSL
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_active;

uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;
uniform float u_dimming;
uniform vec4 u_dimColor;

varying vec4 v_color;
varying float v_border;

const float bias = 255.0 / 254.0;

void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);
  // Sizes are radii in graph units: corrected for the camera and device pixels, doubled to a width.
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = (u_dimming > 0.5 && a_active < 0.5) ? u_dimColor : a_color;
  #endif
  v_color.a *= bias;
}
`;

// language=GLSL
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_border;

void main(void) {
  // Distance inside the disc's edge, in the point's unit square; the outer v_border of it is smoothed.
  float inside = 0.5 - length(gl_PointCoord - vec2(0.5));
  #ifdef PICKING_MODE
  gl_FragColor = inside > v_border ? v_color : vec4(0.0);
  #else
  gl_FragColor = v_color * (inside > v_border ? 1.0 : max(inside, 0.0) / v_border);
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_pixelRatio', 'u_matrix', 'u_dimming', 'u_dimColor'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** The node data the program reads: sigma's plus the reducer's active flag. */
type PointData = NodeDisplayData & { active?: boolean };

/**
 * A point program class whose dimming follows `dim`, asked at each drawing with the renderer that
 * draws (the explorer's, or a temporary one such as the PNG exporter's).
 */
export function createLightPointProgram<N extends Attributes = Attributes, E extends Attributes = Attributes>(
  dim: (renderer: unknown) => DimState,
): NodeProgramType<N, E> {
  return class LightPointProgram extends NodeProgram<Uniform, N, E> {
    getDefinition() {
      const { FLOAT, UNSIGNED_BYTE, POINTS } = WebGLRenderingContext;
      return {
        VERTICES: 1,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: POINTS,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_active', size: 1, type: FLOAT },
        ],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: PointData): void {
      const array = this.array;
      array[startIndex++] = data.x;
      array[startIndex++] = data.y;
      array[startIndex++] = data.size;
      array[startIndex++] = floatColor(data.color);
      array[startIndex++] = nodeIndex;
      array[startIndex] = data.active ? 1 : 0;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      const state = dim(this.renderer);
      gl.uniform1f(uniformLocations.u_dimming, state.on ? 1 : 0);
      gl.uniform4f(uniformLocations.u_dimColor, ...state.color);
    }

    override render(params: RenderParams): void {
      const captor = this.renderer.getMouseCaptor();
      if (!captor.isMouseDown || captor.draggedEvents === 0) return super.render(params);
      if (this.hasNothingToRender()) return;
      // The on-screen pass only, as Program#render draws it.
      const { gl } = this.normalProgram;
      gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
    }
  };
}

/** A `#rrggbb` colour as RGBA in 0–1 (opaque). */
export function rgba(hex: string): [number, number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255, 1];
}
