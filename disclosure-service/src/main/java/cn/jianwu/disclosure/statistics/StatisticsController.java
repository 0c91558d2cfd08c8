package cn.jianwu.disclosure.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.jianwu.disclosure.api.statistics.StatisticsView;
import cn.jianwu.disclosure.problem.DisclosureException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/disclosures/statistics?months=12}: what the staff console charts.
 * Counts only, so every member of staff may read them.
 */
@RestController
class StatisticsController {

	static final int MAX_MONTHS = 60;

	private final DisclosureStatistics statistics;

	private final Clock clock;

	private final ZoneId zone;

	StatisticsController(DisclosureStatistics statistics, Clock clock,
			@Value("${jianwu.statistics.zone:Asia/Shanghai}") ZoneId zone) {
		this.statistics = statistics;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/api/disclosures/statistics")
	StatisticsView statistics(@RequestParam(defaultValue = "12") int months) {
		if (months < 1 || months > MAX_MONTHS) {
			throw DisclosureException.invalid("统计月数应在1到" + MAX_MONTHS + "之间。");
		}
		LocalDate firstDay = LocalDate.now(this.clock.withZone(this.zone)).withDayOfMonth(1).minusMonths(months - 1);
		Instant since = firstDay.atStartOfDay(this.zone).toInstant();
		return new StatisticsView(since, this.statistics.publications(since, this.zone.getId()),
				this.statistics.deliveries());
	}

}
