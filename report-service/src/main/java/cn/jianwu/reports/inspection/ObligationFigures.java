package cn.jianwu.reports.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.reports.api.inspection.InspectionFigures.ObligationsMet;

/**
 * The report's section "obligations met on time", per department. The obligation register
 * reckons the duties (package {@code obligation}); the report only copies its standings,
 * so that the two never disagree.
 */
@FunctionalInterface
interface ObligationFigures {

	/**
	 * @return the standings of the duties due in the period, or {@code null} when the
	 * register cannot say (the report then leaves the section out)
	 */
	List<ObligationsMet> of(LocalDate from, LocalDate to);

}
