export * from './report-names.js';
export * from './svg-charts.js';
export * from './yearly-report-view.js';
export * from './yearly-report-html.js';
export * from './yearly-report-pdf.js';
export * from './flow-map.js';
export * from './plan-report.js';
