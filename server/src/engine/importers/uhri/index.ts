export { importUhriJson, looksLikeUhriJson, UHRI_JSON_IMPORTER } from './json';
export { importUhriXlsx, UHRI_XLSX_IMPORTER } from './xlsx';
export { htmlToText } from './html';
export { listValue, sdgCode } from './fields';
export { positionToResponse, stripStateSuffix, UHRI_FIELDS, type UhriField } from './annotation';
