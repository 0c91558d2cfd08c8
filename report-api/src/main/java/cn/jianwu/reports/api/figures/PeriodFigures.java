package cn.jianwu.reports.api.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * One period's figures. Every count is of the institution's days {@code firstDay} to
 * {@code lastDay}.
 *
 * @param period the period
 * @param label how people name it (2026年11月)
 * @param firstDay its first day
 * @param lastDay its last day
 * @param publications case information published, per sub-kind (法律文书, 重要案件信息…)
 * @param queries procedural queries, per channel
 * @param wechat bindings and notices of the WeChat official account
 * @param progress procedural stages cases reached (what progress notices are about)
 */
public record PeriodFigures(FiguresPeriod period, String label, LocalDate firstDay, LocalDate lastDay,
		Publications publications, Queries queries, Wechat wechat, Progress progress) {

	/**
	 * Published revisions of case information ({@code CASE_INFO}).
	 *
	 * @param subKinds every sub-kind, those with none included
	 * @param first first publications in the period, every sub-kind
	 * @param corrections revised publications (更正) in the period, every sub-kind
	 */
	public record Publications(List<SubKindCount> subKinds, long first, long corrections) {

	}

	/**
	 * @param subKind disclosure-api's {@code SubKind} name, {@code null} for case
	 * information without one
	 * @param label its Chinese name
	 * @param first items published for the first time
	 * @param corrections revisions that replaced an earlier one
	 */
	public record SubKindCount(String subKind, String label, long first, long corrections) {

	}

	/**
	 * @param channels every query channel, those without queries included
	 * @param total every channel together
	 */
	public record Queries(List<ChannelQueries> channels, ChannelQueries total) {

	}

	/**
	 * The procedural queries of one channel. Throttled queries were refused before any
	 * check, so they count neither as successes nor as failures.
	 *
	 * @param channel case-query-api's {@code QueryChannel} name ({@code null} for the
	 * total)
	 * @param label its Chinese name
	 * @param queries every query
	 * @param succeeded answered
	 * @param failed refused after the check (unknown code, wrong ID digits, revoked,
	 * locked, no such case)
	 * @param throttled refused unchecked, as too frequent
	 * @param successRate succeeded of the checked queries, in per cent with one decimal;
	 * {@code null} when none was checked
	 * @param lockOuts failures that locked a code
	 * @param outcomes the queries per outcome, every outcome
	 */
	public record ChannelQueries(String channel, String label, long queries, long succeeded, long failed,
			long throttled, Double successRate, long lockOuts, List<OutcomeCount> outcomes) {

	}

	/**
	 * @param outcome case-query's outcome name
	 * @param label its Chinese name
	 * @param queries how many
	 */
	public record OutcomeCount(String outcome, String label, long queries) {

	}

	/**
	 * @param activities every kind of activity, with its count
	 * @param netCaseBindings case bindings less unbindings (may be negative)
	 */
	public record Wechat(List<ActivityCount> activities, long netCaseBindings) {

	}

	/**
	 * @param activity platform-events' {@code WechatActivity} name
	 * @param label its Chinese name
	 * @param count how many
	 */
	public record ActivityCount(String activity, String label, long count) {

	}

	/**
	 * @param stages the stages reached, in procedural order (stages a case system sent
	 * that the platform does not list come last)
	 * @param total every stage together
	 */
	public record Progress(List<StageCount> stages, long total) {

	}

	/**
	 * @param stage the stage as {@code case.progress} carries it (受理, 审查起诉…)
	 * @param count how many times a case reached it
	 */
	public record StageCount(String stage, long count) {

	}

}
