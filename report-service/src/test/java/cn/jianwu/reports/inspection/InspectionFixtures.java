package cn.jianwu.reports.inspection;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.ReportIntegrationTest;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures.DeliveryFailures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DepartmentFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.HallAnswers;
import cn.jianwu.reports.api.inspection.InspectionFigures.QueryUsage;
import cn.jianwu.reports.api.inspection.InspectionFigures.ReasonCount;

/**
 * What the inspection tests send, and the figures counted from it in Java, independently
 * of the report's SQL.
 */
abstract class InspectionFixtures extends ReportIntegrationTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	InspectionClient api() {
		return new InspectionClient(this.port);
	}

	/** A first half of a year no other test uses. */
	static HalfYear farHalf() {
		return new HalfYear(ThreadLocalRandom.current().nextInt(3000, 9000), 1);
	}

	static String department(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Instant at(HalfYear half, int month, int day, int hour) {
		return half.firstDay().withMonth(month).withDayOfMonth(day).atTime(hour, 0).atZone(SHANGHAI).toInstant();
	}

	static Item item(String department) {
		return new Item(UUID.randomUUID().toString(), department);
	}

	static CaseQueried query(String channel, String outcome, boolean lockedNow, Instant at) {
		return new CaseQueried(UUID.randomUUID().toString(), channel, outcome, lockedNow, at);
	}

	/** An item and the events it went through. */
	static final class Item {

		final String id;

		final String department;

		final List<PlatformEvent> events = new ArrayList<>();

		Item(String id, String department) {
			this.id = id;
			this.department = department;
		}

		void step(WorkflowAction action, Instant at, String comment) {
			this.events.add(new DisclosureStepRecorded(this.id, 1, action, "clerk1", "CLERK", this.department,
					this.department, Category.GOVERNMENT_AFFAIRS, null, false, null, null, "X", comment, at));
		}

		void published(Instant at) {
			this.events.add(new DisclosurePublished(this.id, 1, Category.GOVERNMENT_AFFAIRS, null, "标题", null,
					"<p>正文</p>", this.department, Visibility.PUBLIC,
					List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT), at, null, List.of()));
		}

		void revised(Instant at) {
			this.events.add(new DisclosureRevised(this.id, 2, 1, Category.GOVERNMENT_AFFAIRS, null, "标题（更正）", null,
					"<p>正文</p>", this.department, Visibility.PUBLIC, List.of(Channel.PORTAL), at, null, List.of()));
		}

		void withdrawn(int revision, Instant at) {
			this.events.add(new DisclosureWithdrawn(this.id, revision, "内容有误", at));
		}

		void delivery(Channel channel, DeliveryStatus status, Instant at) {
			this.events.add(new ChannelDeliveryReported(this.id, 1, channel, status, 1, null, null, at));
		}

		<T> List<T> all(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	/** The figures the events make, counted one by one. */
	static final class Expected {

		private final Instant from;

		private final Instant to;

		private final List<Item> items;

		private final List<CaseQueried> queries;

		private final List<PlatformEvent> hall;

		Expected(HalfYear half, List<Item> items, List<CaseQueried> queries, List<PlatformEvent> hall) {
			this.from = half.firstDay().atStartOfDay(SHANGHAI).toInstant();
			this.to = half.lastDay().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
			this.items = items;
			this.queries = queries;
			this.hall = hall;
		}

		private boolean in(Instant at) {
			return !at.isBefore(this.from) && at.isBefore(this.to);
		}

		List<DepartmentFigures> departments() {
			Map<String, List<Item>> byDepartment = this.items.stream()
				.collect(Collectors.groupingBy((item) -> item.department, TreeMap::new, Collectors.toList()));
			List<DepartmentFigures> figures = new ArrayList<>();
			byDepartment.forEach((department, items) -> {
				long published = items.stream()
					.flatMap((item) -> item.all(DisclosurePublished.class).stream())
					.filter((p) -> in(p.publishedAt()))
					.count();
				long corrections = items.stream()
					.flatMap((item) -> item.all(DisclosureRevised.class).stream())
					.filter((p) -> in(p.publishedAt()))
					.count();
				long withdrawals = items.stream()
					.flatMap((item) -> item.all(DisclosureWithdrawn.class).stream())
					.filter((w) -> in(w.withdrawnAt()))
					.count();
				long rejections = steps(items, WorkflowAction.REJECT).size();
				long refusals = steps(items, WorkflowAction.REFUSE).size();
				List<Double> hours = new ArrayList<>();
				for (Item item : items) {
					Instant drafted = first(item, WorkflowAction.CREATE);
					Instant publication = first(item, WorkflowAction.PUBLISH);
					if (drafted != null && publication != null && in(publication)) {
						hours.add(Duration.between(drafted, publication).toSeconds() / 3600.0);
					}
				}
				if (published + corrections + withdrawals + rejections + refusals + hours.size() > 0) {
					figures.add(new DepartmentFigures(department, published, corrections, withdrawals, rejections,
							refusals, hours.size(), percentile(hours, 0.5), percentile(hours, 0.9)));
				}
			});
			return figures;
		}

		List<ReasonCount> reasons(WorkflowAction action) {
			Map<List<String>, Long> counted = this.items.stream()
				.flatMap((item) -> steps(List.of(item), action).stream())
				.collect(Collectors.groupingBy(
						(step) -> List.of(step.department(),
								(step.comment() != null) ? step.comment() : HalfYearFigures.NO_REASON),
						Collectors.counting()));
			return counted.entrySet()
				.stream()
				.map((entry) -> new ReasonCount(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
				.toList();
		}

		List<DeliveryFailures> deliveries() {
			Map<Channel, List<Double>> fixes = new TreeMap<>();
			Map<Channel, Long> unfixed = new TreeMap<>();
			for (Item item : this.items) {
				Map<Channel, List<ChannelDeliveryReported>> byChannel = item.all(ChannelDeliveryReported.class)
					.stream()
					.collect(Collectors.groupingBy(ChannelDeliveryReported::channel));
				byChannel.forEach((channel, reports) -> {
					Instant failed = reports.stream()
						.filter((r) -> r.status() == DeliveryStatus.FAILED)
						.map(ChannelDeliveryReported::reportedAt)
						.min(Comparator.naturalOrder())
						.orElse(null);
					if (failed == null || !in(failed)) {
						return;
					}
					Instant fixed = reports.stream()
						.filter((r) -> r.status() == DeliveryStatus.DELIVERED && r.reportedAt().isAfter(failed))
						.map(ChannelDeliveryReported::reportedAt)
						.min(Comparator.naturalOrder())
						.orElse(null);
					fixes.computeIfAbsent(channel, (c) -> new ArrayList<>());
					unfixed.merge(channel, 0L, Long::sum);
					if (fixed != null) {
						fixes.get(channel).add(Duration.between(failed, fixed).toSeconds() / 60.0);
					}
					else {
						unfixed.merge(channel, 1L, Long::sum);
					}
				});
			}
			return fixes.entrySet().stream().map((entry) -> {
				List<Double> minutes = entry.getValue();
				long open = unfixed.get(entry.getKey());
				return new DeliveryFailures(entry.getKey(), entry.getKey().label(), minutes.size() + open,
						minutes.size(), open, percentile(minutes, 0.5),
						minutes.stream().max(Comparator.naturalOrder()).orElse(null));
			}).toList();
		}

		List<QueryUsage> queries() {
			Map<String, List<CaseQueried>> byChannel = this.queries.stream()
				.filter((query) -> in(query.at()))
				.collect(Collectors.groupingBy(CaseQueried::channel));
			return byChannel.entrySet().stream().map((entry) -> {
				List<CaseQueried> all = entry.getValue();
				long succeeded = all.stream().filter((query) -> query.outcome().equals("SUCCESS")).count();
				long throttled = all.stream().filter((query) -> query.outcome().equals("THROTTLED")).count();
				return new QueryUsage(entry.getKey(), QueryChannel.valueOf(entry.getKey()).label(), all.size(),
						succeeded, all.size() - succeeded - throttled, throttled,
						all.stream().filter(CaseQueried::lockedNow).count());
			}).toList();
		}

		List<HallAnswers> hall() {
			Map<SubmissionChannel, long[]> counts = new TreeMap<>();
			for (PlatformEvent event : this.hall) {
				if (event instanceof HallMessageReceived received && in(received.receivedAt())) {
					counts.computeIfAbsent(received.channel(), (c) -> new long[3])[0]++;
				}
				if (event instanceof HallMessageAnswered answered && in(answered.answeredAt())) {
					long[] count = counts.computeIfAbsent(answered.channel(), (c) -> new long[3]);
					count[1]++;
					if (answered.withinLimit()) {
						count[2]++;
					}
				}
			}
			return counts.entrySet()
				.stream()
				.map((entry) -> new HallAnswers(entry.getKey(), entry.getKey().label(), entry.getValue()[0],
						entry.getValue()[1], entry.getValue()[2], entry.getValue()[1] - entry.getValue()[2]))
				.toList();
		}

		private List<DisclosureStepRecorded> steps(List<Item> items, WorkflowAction action) {
			return items.stream()
				.flatMap((item) -> item.all(DisclosureStepRecorded.class).stream())
				.filter((step) -> step.action() == action && in(step.at()))
				.toList();
		}

		private static Instant first(Item item, WorkflowAction action) {
			return item.all(DisclosureStepRecorded.class)
				.stream()
				.filter((step) -> step.action() == action)
				.map(DisclosureStepRecorded::at)
				.min(Comparator.naturalOrder())
				.orElse(null);
		}

		/**
		 * Linear interpolation between the closest ranks, as PostgreSQL's
		 * percentile_cont.
		 */
		private static Double percentile(List<Double> values, double fraction) {
			if (values.isEmpty()) {
				return null;
			}
			List<Double> sorted = values.stream().sorted().toList();
			double position = fraction * (sorted.size() - 1);
			int lower = (int) Math.floor(position);
			int upper = (int) Math.ceil(position);
			double value = sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
			return Math.round(value * 10) / 10.0;
		}

	}

}
