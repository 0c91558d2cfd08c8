package cn.jianwu.casequery.stats;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.casefile.CaseValidation;
import cn.jianwu.casequery.casefile.FieldProblem;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Query statistics for the case-management department and the supervision group: per day
 * (in the institution's time zone) and channel, the queries, successes, failures,
 * lock-outs (failures that locked a code) and throttled requests. Read from the audit.
 */
@RestController
class StatsController {

	static final int MAX_DAYS = 366;

	private static final String QUERY = """
			SELECT CAST(at AT TIME ZONE ? AS date) AS day, channel,
			       count(*) AS queries,
			       count(*) FILTER (WHERE outcome = 'SUCCESS') AS successes,
			       count(*) FILTER (WHERE outcome NOT IN ('SUCCESS', 'THROTTLED')) AS failures,
			       count(*) FILTER (WHERE locked_now) AS lockouts,
			       count(*) FILTER (WHERE outcome = 'THROTTLED') AS throttled
			FROM query_audit WHERE at >= ? AND at < ?
			GROUP BY 1, 2 ORDER BY 1, 2
			""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final CaseValidation validation;

	StatsController(JdbcClient jdbc, InstitutionProperties institution, CaseValidation validation) {
		this.jdbc = jdbc;
		this.zone = institution.zone();
		this.validation = validation;
	}

	/**
	 * @param from first day (default: 29 days before {@code to})
	 * @param to last day, included (default: today)
	 * @return the statistics
	 */
	@GetMapping("/api/cases/stats")
	Stats stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = (to != null) ? to : this.validation.today();
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last)) {
			throw new InvalidCaseDataException(List.of(new FieldProblem("from", "开始日期不能晚于结束日期")));
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidCaseDataException(List.of(new FieldProblem("to", "统计区间不能超过366天")));
		}
		List<Row> days = this.jdbc.sql(QUERY)
			.params(this.zone.getId(), Timestamp.from(first.atStartOfDay(this.zone).toInstant()),
					Timestamp.from(last.plusDays(1).atStartOfDay(this.zone).toInstant()))
			.query((rs, row) -> {
				QueryChannel channel = QueryChannel.valueOf(rs.getString("channel"));
				return new Row(rs.getDate("day").toLocalDate(), channel, channel.label(), rs.getLong("queries"),
						rs.getLong("successes"), rs.getLong("failures"), rs.getLong("lockouts"),
						rs.getLong("throttled"));
			})
			.list();
		Map<QueryChannel, Totals> perChannel = new EnumMap<>(QueryChannel.class);
		Totals total = new Totals(null, null, 0, 0, 0, 0, 0);
		for (Row row : days) {
			perChannel.merge(row.channel(), Totals.of(row), Totals::plus);
			total = total.plus(Totals.of(row));
		}
		return new Stats(first, last, this.zone.getId(), days, new ArrayList<>(perChannel.values()), total);
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param zone the days' time zone
	 * @param days one row per day and channel that had queries
	 * @param channels totals per channel
	 * @param total totals of all channels
	 */
	record Stats(LocalDate from, LocalDate to, String zone, List<Row> days, List<Totals> channels, Totals total) {
	}

	/**
	 * @param date the day
	 * @param channel the channel
	 * @param channelLabel its Chinese name
	 * @param queries every request audited
	 * @param successes answered with the case
	 * @param failures refused (unknown code, wrong digits, revoked, locked)
	 * @param lockouts failures that locked a code
	 * @param throttled requests refused by the per-client throttle
	 */
	record Row(LocalDate date, QueryChannel channel, String channelLabel, long queries, long successes, long failures,
			long lockouts, long throttled) {
	}

	/**
	 * Sums over days.
	 *
	 * @param channel the channel, or {@code null} for all
	 * @param channelLabel its Chinese name
	 * @param queries every request audited
	 * @param successes answered with the case
	 * @param failures refused
	 * @param lockouts failures that locked a code
	 * @param throttled refused by the throttle
	 */
	record Totals(QueryChannel channel, String channelLabel, long queries, long successes, long failures, long lockouts,
			long throttled) {

		static Totals of(Row row) {
			return new Totals(row.channel(), row.channelLabel(), row.queries(), row.successes(), row.failures(),
					row.lockouts(), row.throttled());
		}

		Totals plus(Totals other) {
			return new Totals(this.channel, this.channelLabel, this.queries + other.queries,
					this.successes + other.successes, this.failures + other.failures, this.lockouts + other.lockouts,
					this.throttled + other.throttled);
		}

	}

}
