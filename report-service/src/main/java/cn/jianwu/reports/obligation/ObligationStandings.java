package cn.jianwu.reports.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.Standing;

import org.springframework.stereotype.Component;

/**
 * How each department stands with its obligations over a range of due days, as of a day —
 * what the half-yearly inspection report and the score sheet count.
 */
@Component
public class ObligationStandings {

	private final Duties duties;

	ObligationStandings(Duties duties) {
		this.duties = duties;
	}

	/**
	 * One standing per department that had a duty due from {@code from} to {@code to}
	 * (both included), by department name. Standing duties due earlier and still open are
	 * not counted again.
	 */
	public List<Standing> standings(LocalDate from, LocalDate to, LocalDate today) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Duty duty : this.duties.duties(null, from, to, today)) {
			if (duty.dueDate().isBefore(from)) {
				continue;
			}
			int[] count = counts.computeIfAbsent(duty.department(), (department) -> new int[5]);
			count[0]++;
			switch (duty.state()) {
				case MET -> count[1]++;
				case MET_LATE -> count[2]++;
				case OVERDUE -> count[3]++;
				case DUE -> count[4]++;
			}
		}
		List<Standing> standings = new ArrayList<>();
		counts.forEach((department, count) -> standings
			.add(new Standing(department, count[0], count[1], count[2], count[3], count[4])));
		return standings;
	}

}
