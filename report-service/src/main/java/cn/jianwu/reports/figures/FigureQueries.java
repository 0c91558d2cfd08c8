package cn.jianwu.reports.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.events.WechatActivity;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.casequery.api.query.QueryOutcome;
import cn.jianwu.reports.api.figures.FiguresPeriod;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ActivityCount;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;
import cn.jianwu.reports.api.figures.PeriodFigures.OutcomeCount;
import cn.jianwu.reports.api.figures.PeriodFigures.StageCount;
import cn.jianwu.reports.api.figures.PeriodFigures.SubKindCount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a period's figures in PostgreSQL: each table of the read model is grouped there
 * (a year holds hundreds of thousands of queries), and only the groups come back, to be
 * laid out with every channel, outcome, sub-kind and activity in the order people know
 * them — those without any included, so that periods compare line by line.
 */
@Component
class FigureQueries {

	/** What a sub-kind-less piece of case information is called. */
	static final String NO_SUB_KIND = "其他案件信息";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	FigureQueries(JdbcClient jdbc, InstitutionProperties institution) {
		this.jdbc = jdbc;
		this.zone = institution.zone();
	}

	@Transactional(readOnly = true)
	PeriodFigures of(FiguresPeriod period) {
		Timestamp from = start(period.firstDay());
		Timestamp until = start(period.lastDay().plusDays(1));
		return new PeriodFigures(period, period.label(), period.firstDay(), period.lastDay(), publications(from, until),
				queries(from, until), wechat(from, until), progress(period.firstDay(), period.lastDay()));
	}

	private Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(this.zone).toInstant());
	}

	private PeriodFigures.Publications publications(Timestamp from, Timestamp until) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT sub_kind, count(*) FILTER (WHERE replaces_revision IS NULL) AS first,
				       count(*) FILTER (WHERE replaces_revision IS NOT NULL) AS corrections
				FROM item_revision
				WHERE category = :category AND published_at >= :from AND published_at < :until
				GROUP BY sub_kind
				""")
			.param("category", Category.CASE_INFO.name())
			.param("from", from)
			.param("until", until)
			.query((row, index) -> counts.put(row.getString("sub_kind"),
					new long[] { row.getLong("first"), row.getLong("corrections") }))
			.list();
		List<SubKindCount> subKinds = new ArrayList<>();
		for (SubKind kind : SubKind.values()) {
			long[] count = counts.remove(kind.name());
			subKinds.add(new SubKindCount(kind.name(), kind.label(), first(count), corrections(count)));
		}
		// a sub-kind this service does not know yet, or none: still counted, never lost
		counts.forEach((name, count) -> subKinds
			.add(new SubKindCount(name, (name != null) ? name : NO_SUB_KIND, first(count), corrections(count))));
		return new PeriodFigures.Publications(subKinds, subKinds.stream().mapToLong(SubKindCount::first).sum(),
				subKinds.stream().mapToLong(SubKindCount::corrections).sum());
	}

	private static long first(long[] count) {
		return (count != null) ? count[0] : 0;
	}

	private static long corrections(long[] count) {
		return (count != null) ? count[1] : 0;
	}

	private PeriodFigures.Queries queries(Timestamp from, Timestamp until) {
		// channel -> outcome -> {queries, lock-outs}
		Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT channel, outcome, count(*) AS queries, count(*) FILTER (WHERE locked_now) AS lock_outs
				FROM case_query
				WHERE at >= :from AND at < :until
				GROUP BY channel, outcome
				""")
			.param("from", from)
			.param("until", until)
			.query((row, index) -> counts.computeIfAbsent(row.getString("channel"), (channel) -> new LinkedHashMap<>())
				.put(row.getString("outcome"), new long[] { row.getLong("queries"), row.getLong("lock_outs") }))
			.list();
		List<String> outcomes = new ArrayList<>(Arrays.stream(QueryOutcome.values()).map(QueryOutcome::name).toList());
		counts.values()
			.forEach((byOutcome) -> byOutcome.keySet()
				.stream()
				.filter((outcome) -> !outcomes.contains(outcome))
				.forEach(outcomes::add));
		List<ChannelQueries> channels = new ArrayList<>();
		for (QueryChannel channel : QueryChannel.values()) {
			channels.add(channel(channel.name(), channel.label(), counts.remove(channel.name()), outcomes));
		}
		counts.forEach((name, byOutcome) -> channels.add(channel(name, name, byOutcome, outcomes)));
		List<OutcomeCount> all = outcomes.stream()
			.map((outcome) -> new OutcomeCount(outcome, outcomeLabel(outcome),
					channels.stream().mapToLong((channel) -> count(channel.outcomes(), outcome)).sum()))
			.toList();
		return new PeriodFigures.Queries(channels,
				summed(null, "合计", all, channels.stream().mapToLong(ChannelQueries::lockOuts).sum()));
	}

	private static ChannelQueries channel(String name, String label, Map<String, long[]> byOutcome,
			List<String> outcomes) {
		Map<String, long[]> counts = (byOutcome != null) ? byOutcome : Map.of();
		List<OutcomeCount> rows = outcomes.stream()
			.map((outcome) -> new OutcomeCount(outcome, outcomeLabel(outcome),
					counts.containsKey(outcome) ? counts.get(outcome)[0] : 0))
			.toList();
		return summed(name, label, rows, counts.values().stream().mapToLong((count) -> count[1]).sum());
	}

	private static ChannelQueries summed(String name, String label, List<OutcomeCount> rows, long lockOuts) {
		long queries = rows.stream().mapToLong(OutcomeCount::queries).sum();
		long succeeded = count(rows, QueryOutcome.SUCCESS.name());
		long throttled = count(rows, QueryOutcome.THROTTLED.name());
		long checked = queries - throttled;
		Double rate = (checked > 0) ? Math.round(succeeded * 1000.0 / checked) / 10.0 : null;
		return new ChannelQueries(name, label, queries, succeeded, checked - succeeded, throttled, rate, lockOuts,
				rows);
	}

	private static long count(List<OutcomeCount> rows, String outcome) {
		return rows.stream()
			.filter((row) -> row.outcome().equals(outcome))
			.mapToLong(OutcomeCount::queries)
			.findFirst()
			.orElse(0);
	}

	private PeriodFigures.Wechat wechat(Timestamp from, Timestamp until) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT activity, count(*) AS count FROM wechat_activity
				WHERE at >= :from AND at < :until
				GROUP BY activity
				""")
			.param("from", from)
			.param("until", until)
			.query((row, index) -> counts.put(row.getString("activity"), row.getLong("count")))
			.list();
		List<ActivityCount> activities = Arrays.stream(WechatActivity.values())
			.map((activity) -> new ActivityCount(activity.name(), activity.label(),
					counts.getOrDefault(activity.name(), 0L)))
			.toList();
		return new PeriodFigures.Wechat(activities, counts.getOrDefault(WechatActivity.CASE_BOUND.name(), 0L)
				- counts.getOrDefault(WechatActivity.CASE_UNBOUND.name(), 0L));
	}

	private PeriodFigures.Progress progress(LocalDate first, LocalDate last) {
		List<StageCount> stages = new ArrayList<>(this.jdbc.sql("""
				SELECT stage, count(*) AS count FROM case_progress
				WHERE day BETWEEN :first AND :last
				GROUP BY stage
				""")
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((row, index) -> new StageCount(row.getString("stage"), row.getLong("count")))
			.list());
		stages.sort(Comparator.comparingInt(FigureQueries::procedureOrder).thenComparing(StageCount::stage));
		return new PeriodFigures.Progress(stages, stages.stream().mapToLong(StageCount::count).sum());
	}

	private static int procedureOrder(StageCount stage) {
		return CaseStage.ofLabel(stage.stage()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
	}

	/** An outcome's label; a name this version does not know keeps its name. */
	private static String outcomeLabel(String name) {
		return Arrays.stream(QueryOutcome.values())
			.filter((outcome) -> outcome.name().equals(name))
			.map(QueryOutcome::label)
			.findFirst()
			.orElse(name);
	}

}
