package cn.jianwu.portal.console.reports.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.statistics.ChartTable;
import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.FiguresPeriod;
import cn.jianwu.reports.api.figures.PeriodFigures;
import cn.jianwu.reports.api.figures.PeriodFigures.ChannelQueries;
import cn.jianwu.reports.api.figures.PeriodFigures.OutcomeCount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page as staff see it, rendered from the template with what the controller puts in
 * the model (report-service's answer stands in as records).
 */
class ReportFiguresPageTest {

	@Test
	void showsTheFiguresTheChartsTablesAndThePdfLink() {
		FiguresPeriod quarter = FiguresPeriod.parse("2026Q4");
		PeriodFigures now = figures(quarter, 120, 90);
		PeriodFigures before = figures(quarter.previous(), 80, 60);
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("figures", new CaseFigures(now, before));
		model.addAttribute("month", "");
		model.addAttribute("maxMonth", YearMonth.of(2026, 12).toString());
		model.addAttribute("quarters", List.of(new ReportFiguresController.QuarterOption("2026Q4", "2026年第四季度", true)));
		model.addAttribute("headlines", ReportFiguresController.headlines(now, before));
		model.addAttribute("previousQueries", Map.of("电话查询", 80L));
		model.addAttribute("charts", List.of(new ChartTable("figures-wechat", "微信公众号绑定与通知", "项目", "grouped",
				List.of("本期", "上期"), List.of(new ChartTable.Row("绑定案件", List.of(3L, 1L))))));
		model.addAttribute("institution", new InstitutionProperties("某某区人民检察院", "12309", ZoneId.of("Asia/Shanghai")));
		model.addAttribute("user", new ConsoleUser("casemgr1", "案管员", "案件管理部", Set.of("CASE_MANAGER"), Set.of(),
				List.of(), "token", Instant.now().plusSeconds(600)));

		Document page = Jsoup.parse(render(model));

		assertThat(page.select("h1").text()).isEqualTo("2026年第四季度案件信息公开工作情况");
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("案件信息公开通报");
		assertThat(page.select("#figures-queries tbody tr").first().text()).isEqualTo("电话查询 120 90 30 0 75.0% 2 80");
		assertThat(page.select("a.button[href*=pdf]").attr("href"))
			.isEqualTo("/console/reports/figures/pdf?period=2026Q4");
		assertThat(page.select("#figures-quarter option[selected]").val()).isEqualTo("2026Q4");
		assertThat(page.select("table#figures-wechat[data-chart=grouped] tbody tr").text()).isEqualTo("绑定案件 3 1 4");
		assertThat(page.select("#figures-wechat-chart")).hasSize(1);
		assertThat(page.text()).contains("统计期间：2026年10月1日至2026年12月31日", "对比期间：2026年第三季度");
	}

	private static String render(ExtendedModelMap model) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		MockServletContext servlet = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/console/reports/figures");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(request, new MockHttpServletResponse()));
		context.setVariables(model);
		return engine.process("console/reports/figures/figures", context);
	}

	private static PeriodFigures figures(FiguresPeriod period, long queries, long succeeded) {
		ChannelQueries hotline = new ChannelQueries("HOTLINE", "电话查询", queries, succeeded, queries - succeeded, 0,
				Math.round(succeeded * 1000.0 / queries) / 10.0, 2,
				List.of(new OutcomeCount("SUCCESS", "查询成功", succeeded)));
		return new PeriodFigures(period, period.label(), period.firstDay(), period.lastDay(),
				new PeriodFigures.Publications(List.of(), 0, 0), new PeriodFigures.Queries(List.of(hotline), hotline),
				new PeriodFigures.Wechat(List.of(), 0), new PeriodFigures.Progress(List.of(), 0));
	}

}
