/** The fetched catalog: updating `.catalog/` from the public catalog, and finding the validated copy. */
export { currentCatalogDir } from './current-catalog-dir.js';
export { updateCatalog, type CatalogUpdateResult } from './update-catalog.js';
export {
  reportCatalogUpdate,
  DEFAULT_REPORT_OPTIONS,
  type ReportOptions,
  type UpdateReport,
} from './report-update.js';
export {
  CATALOG_URL_ENV,
  DEFAULT_CATALOG_OPTIONS,
  DEFAULT_CATALOG_URL,
  resolveCatalogOptions,
  type CatalogOptions,
  type ResolvedCatalogOptions,
} from './catalog-options.js';
export {
  diffCatalogs,
  formatCatalogDiff,
  type CatalogDiff,
  type ChangedField,
  type LectureRef,
} from './catalog-diff.js';
export { CATALOG_DIR, catalogPaths, type CatalogPaths } from './catalog-paths.js';
export {
  readManifest,
  CatalogManifestError,
  type CatalogManifest,
  type CatalogManifestPage,
} from './manifest.js';
export { CatalogLockError, CatalogOfflineError, CatalogOptionsError, CatalogPageError } from './errors.js';
