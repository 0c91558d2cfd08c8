package cn.jianwu.reports.api.figures;

/**
 * Case-management's figures of case-information disclosure (定期统计、通报案件信息公开工作情况, seed
 * §五(二)) for a period, beside those of the period before
 * ({@code GET /api/reports/figures?period=}).
 *
 * @param current the period asked for
 * @param previous the period of the same kind just before
 */
public record CaseFigures(PeriodFigures current, PeriodFigures previous) {

}
