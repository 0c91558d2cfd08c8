/**
 * The half-yearly inspection report of the supervision group (seed §三b(三)):
 * {@code /api/reports/inspections}.
 */
package cn.jianwu.reports.api.inspection;
