package cn.jianwu.portal.console.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.statistics.StatisticsView;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Statistics with charts: publications per category and month and deliveries per channel
 * and status (disclosure-service, every member of staff), and case queries per channel
 * and day (case-query-service, case management and the supervision group).
 */
@Controller
class StatisticsController {

	static final int MONTHS = 12;

	static final int DAYS = 30;

	/** The statuses channels report, in the order staff know them. */
	private static final List<DeliveryState> DELIVERY_STATUSES = Stream.of(DeliveryState.values())
		.filter(DeliveryState::reported)
		.toList();

	private final ConsoleServices services;

	private final ZoneId zone;

	StatisticsController(ConsoleServices services, InstitutionProperties institution) {
		this.services = services;
		this.zone = institution.zone();
	}

	@GetMapping("/console/statistics")
	String statistics(@AuthenticationPrincipal ConsoleUser user, Model model) {
		StatisticsView disclosures = this.services.disclosure()
			.get(user, StatisticsView.class, "/api/disclosures/statistics?months=" + MONTHS);
		model.addAttribute("publications", publications(disclosures));
		model.addAttribute("deliveries", deliveries(disclosures));
		if (user.hasAny("CASE_MANAGER", "SUPERVISOR")) {
			try {
				LocalDate to = LocalDate.now(this.zone);
				CaseQueryStatistics queries = this.services.caseQuery()
					.get(user, CaseQueryStatistics.class,
							"/api/cases/stats?from=" + to.minusDays(DAYS - 1) + "&to=" + to);
				model.addAttribute("queries", queries(queries, to));
			}
			catch (BackendUnavailableException | ConsoleApiException ex) {
				model.addAttribute("queriesUnavailable", "案件查询统计暂时无法读取，请稍后刷新。");
			}
		}
		return "console/statistics";
	}

	private ChartTable publications(StatisticsView statistics) {
		YearMonth last = YearMonth.now(this.zone);
		Map<String, List<Long>> months = new LinkedHashMap<>();
		List<Category> categories = List.of(Category.values());
		for (YearMonth month = last.minusMonths(MONTHS - 1); !month.isAfter(last); month = month.plusMonths(1)) {
			months.put(month.toString(), zeros(categories.size()));
		}
		for (StatisticsView.MonthlyPublications row : statistics.publications()) {
			List<Long> values = months.get(row.month());
			int column = categories.indexOf(row.category());
			if (values != null && column >= 0) {
				values.set(column, values.get(column) + row.items());
			}
		}
		List<ChartTable.Row> rows = new ArrayList<>();
		months.forEach((month, values) -> rows.add(new ChartTable.Row(month, values)));
		return new ChartTable("publications", "每月首次公开的事项数（按公开类别）", "月份", "bar",
				categories.stream().map(Category::label).toList(), rows);
	}

	private ChartTable deliveries(StatisticsView statistics) {
		List<ChartTable.Row> rows = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			List<Long> values = zeros(DELIVERY_STATUSES.size());
			for (StatisticsView.ChannelDeliveries row : statistics.deliveries()) {
				int column = DELIVERY_STATUSES.indexOf(row.status());
				if (channel == row.channel() && column >= 0) {
					values.set(column, values.get(column) + row.items());
				}
			}
			rows.add(new ChartTable.Row(channel.label(), values));
		}
		return new ChartTable("deliveries", "各渠道发布回执（每个事项取最新状态）", "渠道", "bar",
				DELIVERY_STATUSES.stream().map(DeliveryState::label).toList(), rows);
	}

	private ChartTable queries(CaseQueryStatistics statistics, LocalDate to) {
		Map<String, String> channels = new LinkedHashMap<>();
		statistics.days().forEach((row) -> channels.putIfAbsent(row.channel(), row.channelLabel()));
		List<String> codes = new ArrayList<>(channels.keySet());
		Map<LocalDate, List<Long>> days = new LinkedHashMap<>();
		for (LocalDate day = to.minusDays(DAYS - 1); !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, zeros(codes.size()));
		}
		for (CaseQueryStatistics.Day row : statistics.days()) {
			List<Long> values = days.get(row.date());
			if (values != null) {
				int column = codes.indexOf(row.channel());
				values.set(column, values.get(column) + row.queries());
			}
		}
		List<ChartTable.Row> rows = new ArrayList<>();
		days.forEach((day, values) -> rows.add(new ChartTable.Row(day.toString(), values)));
		return new ChartTable("queries", "近" + DAYS + "天各渠道案件程序性信息查询次数", "日期", "line",
				codes.stream().map(channels::get).toList(), rows);
	}

	private static List<Long> zeros(int size) {
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			values.add(0L);
		}
		return values;
	}

	/** case-query-service's {@code GET /api/cases/stats}. */
	record CaseQueryStatistics(List<Day> days) {

		CaseQueryStatistics {
			days = (days != null) ? days : List.of();
		}

		record Day(LocalDate date, String channel, String channelLabel, long queries) {
		}

	}

}
