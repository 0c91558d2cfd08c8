package cn.jianwu.reports.inspection;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.HallMessageAnswered;
import cn.jianwu.events.HallMessageReceived;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.reports.PlatformEvents;
import cn.jianwu.reports.api.inspection.FindingsRequest;
import cn.jianwu.reports.api.inspection.GenerateInspectionRequest;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DeliveryFailures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DepartmentFigures;
import cn.jianwu.reports.api.inspection.InspectionStatus;
import cn.jianwu.reports.api.inspection.InspectionView;
import cn.jianwu.reports.api.inspection.RectificationDemand;
import cn.jianwu.reports.inspection.InspectionClient.Response;
import cn.jianwu.testsupport.TestStaffTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The half-yearly inspection report against the real Kafka and PostgreSQL: its figures
 * equal what the test counts from the events it sent (in a half-year of a far year of its
 * own, so that no other test's events fall in it), and a signed-off report's demands are
 * obligations while the report itself no longer changes.
 */
class InspectionIT extends InspectionFixtures {

	private final String supervisor = TestStaffTokens.token("supervisor1", "孙监督员", "监督小组", "SUPERVISOR");

	private final String admin = TestStaffTokens.admin();

	@Test
	void figuresEqualWhatTheEventsSay() {
		HalfYear half = farHalf();
		String alpha = department("检查甲");
		String beta = department("检查乙");
		Instant t0 = at(half, 2, 3, 9);

		// alpha: rejected for its title, published after 10 hours; delivery on Weibo
		// failed and fixed after 19 minutes
		Item a1 = item(alpha);
		a1.step(WorkflowAction.CREATE, t0, null);
		a1.step(WorkflowAction.REJECT, t0.plusSeconds(3600), "标题不规范");
		a1.step(WorkflowAction.PUBLISH, t0.plusSeconds(10 * 3600), null);
		a1.published(t0.plusSeconds(10 * 3600));
		a1.delivery(Channel.WEIBO, DeliveryStatus.FAILED, t0.plusSeconds(10 * 3600 + 60));
		a1.delivery(Channel.WEIBO, DeliveryStatus.FAILED, t0.plusSeconds(10 * 3600 + 300));
		a1.delivery(Channel.WEIBO, DeliveryStatus.DELIVERED, t0.plusSeconds(10 * 3600 + 1200));
		// alpha: rejected twice, refused once, published after 30 hours, corrected and
		// the correction withdrawn;
		// WeChat never delivered it
		Item a2 = item(alpha);
		a2.step(WorkflowAction.CREATE, t0, null);
		a2.step(WorkflowAction.REJECT, t0.plusSeconds(3600), "标题不规范");
		a2.step(WorkflowAction.REJECT, t0.plusSeconds(7200), "缺少附件");
		a2.step(WorkflowAction.REFUSE, t0.plusSeconds(9000), "正文含未脱敏的身份证号");
		a2.step(WorkflowAction.PUBLISH, t0.plusSeconds(30 * 3600), null);
		a2.published(t0.plusSeconds(30 * 3600));
		a2.delivery(Channel.WECHAT, DeliveryStatus.FAILED, t0.plusSeconds(30 * 3600 + 30));
		a2.revised(t0.plusSeconds(40 * 3600));
		a2.withdrawn(2, t0.plusSeconds(41 * 3600));
		// alpha: published after 50 hours; Weibo fixed after 45 minutes
		Item a3 = item(alpha);
		a3.step(WorkflowAction.CREATE, t0, null);
		a3.step(WorkflowAction.PUBLISH, t0.plusSeconds(50 * 3600), null);
		a3.published(t0.plusSeconds(50 * 3600));
		a3.delivery(Channel.WEIBO, DeliveryStatus.FAILED, t0.plusSeconds(50 * 3600));
		a3.delivery(Channel.WEIBO, DeliveryStatus.DELIVERED, t0.plusSeconds(50 * 3600 + 2700));
		// beta: refused without a reason, published after 5 hours
		Item b1 = item(beta);
		b1.step(WorkflowAction.CREATE, t0, null);
		b1.step(WorkflowAction.REFUSE, t0.plusSeconds(600), null);
		b1.step(WorkflowAction.PUBLISH, t0.plusSeconds(5 * 3600), null);
		b1.published(t0.plusSeconds(5 * 3600));
		// beta: published just after the half-year (1 July, 00:30 in Shanghai): not this
		// report's
		Item b2 = item(beta);
		Instant afterHalf = half.lastDay().plusDays(1).atTime(0, 30).atZone(SHANGHAI).toInstant();
		b2.step(WorkflowAction.CREATE, t0, null);
		b2.step(WorkflowAction.REJECT, afterHalf.minusSeconds(60), "下半年再议");
		b2.step(WorkflowAction.PUBLISH, afterHalf, null);
		b2.published(afterHalf);

		List<CaseQueried> queries = new ArrayList<>();
		Instant q = at(half, 4, 10, 10);
		queries.add(query("WEB", "SUCCESS", false, q));
		queries.add(query("WEB", "SUCCESS", false, q));
		queries.add(query("WEB", "WRONG_ID", false, q));
		queries.add(query("WEB", "WRONG_ID", true, q));
		queries.add(query("WEB", "LOCKED", false, q));
		queries.add(query("HOTLINE", "SUCCESS", false, q));
		queries.add(query("HOTLINE", "THROTTLED", false, q));
		// 30 June, 23:00 in Shanghai is in the half-year; 1 July, 01:00 is not
		queries.add(query("KIOSK", "UNKNOWN_CODE", false, half.lastDay().atTime(23, 0).atZone(SHANGHAI).toInstant()));
		queries.add(
				query("KIOSK", "SUCCESS", false, half.lastDay().plusDays(1).atTime(1, 0).atZone(SHANGHAI).toInstant()));

		List<PlatformEvent> hall = new ArrayList<>();
		Instant h = at(half, 5, 6, 11);
		hall.add(new HallMessageReceived(UUID.randomUUID().toString(), MessageKind.CONSULTATION, SubmissionChannel.WEB,
				h, LocalDate.of(half.year(), 5, 20)));
		hall.add(new HallMessageReceived(UUID.randomUUID().toString(), MessageKind.COMPLAINT, SubmissionChannel.WEB, h,
				LocalDate.of(half.year(), 5, 20)));
		hall.add(new HallMessageReceived(UUID.randomUUID().toString(), MessageKind.REPORT, SubmissionChannel.WECHAT, h,
				LocalDate.of(half.year(), 5, 20)));
		hall.add(new HallMessageAnswered(UUID.randomUUID().toString(), MessageKind.CONSULTATION, SubmissionChannel.WEB,
				h.plusSeconds(86400), true, 1));
		hall.add(new HallMessageAnswered(UUID.randomUUID().toString(), MessageKind.COMPLAINT, SubmissionChannel.WEB,
				h.plusSeconds(30 * 86400), false, 21));
		hall.add(new HallMessageAnswered(UUID.randomUUID().toString(), MessageKind.REPORT, SubmissionChannel.WECHAT,
				h.plusSeconds(3 * 86400), true, 3));

		List<PlatformEvent> all = new ArrayList<>();
		List<Item> items = List.of(a1, a2, a3, b1, b2);
		items.forEach((item) -> all.addAll(item.events));
		all.addAll(queries);
		all.addAll(hall);
		PlatformEvents.send(all);

		Expected expected = new Expected(half, items, queries, hall);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Response generated = api().send("POST", "/api/reports/inspections", this.supervisor,
					new GenerateInspectionRequest(half));
			assertThat(generated.status()).as(generated.body()).isEqualTo(201);
			InspectionFigures figures = generated.as(InspectionView.class).figures();
			assertThat(figures.departments().stream().filter((d) -> Set.of(alpha, beta).contains(d.department())))
				.containsExactlyInAnyOrderElementsOf(expected.departments());
			assertThat(figures.rejections().stream().filter((r) -> Set.of(alpha, beta).contains(r.department())))
				.containsExactlyInAnyOrderElementsOf(expected.reasons(WorkflowAction.REJECT));
			assertThat(figures.refusals().stream().filter((r) -> Set.of(alpha, beta).contains(r.department())))
				.containsExactlyInAnyOrderElementsOf(expected.reasons(WorkflowAction.REFUSE));
			assertThat(figures.deliveries()).containsExactlyInAnyOrderElementsOf(expected.deliveries());
			assertThat(figures.queries()).containsExactlyInAnyOrderElementsOf(expected.queries());
			assertThat(figures.hallMessages()).containsExactlyInAnyOrderElementsOf(expected.hall());
		});

		// what a reader checks at a glance, written out once
		InspectionView view = api().send("GET", "/api/reports/inspections/" + idOf(half), this.admin, null)
			.as(InspectionView.class);
		DepartmentFigures a = view.figures()
			.departments()
			.stream()
			.filter((d) -> d.department().equals(alpha))
			.findFirst()
			.orElseThrow();
		assertThat(a).isEqualTo(new DepartmentFigures(alpha, 3, 1, 1, 3, 1, 3, 30.0, 46.0));
		assertThat(view.figures().deliveries()).contains(
				new DeliveryFailures(Channel.WEIBO, "新浪微博", 2, 2, 0, 32.0, 45.0),
				new DeliveryFailures(Channel.WECHAT, "微信公众号", 1, 0, 1, null, null));
		assertThat(view.status()).isEqualTo(InspectionStatus.DRAFT);
	}

	@Test
	void signOffTurnsDemandsIntoObligationsAndFreezesTheReport() throws IOException {
		HalfYear half = farHalf();
		String department = department("整改");
		Response draft = api().send("POST", "/api/reports/inspections", this.admin,
				new GenerateInspectionRequest(half));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		String id = draft.as(InspectionView.class).id();

		LocalDate due = LocalDate.of(half.year(), 9, 30);
		FindingsRequest findings = new FindingsRequest("部分部门定期公开事项未按季度公开。",
				List.of(new RectificationDemand(department, "补充公开第二季度工作动态", Category.GOVERNMENT_AFFAIRS, due, null),
						new RectificationDemand(department, "完善案件信息公开台账", Category.CASE_INFO, due.plusDays(31), null)));
		Response edited = api().send("PUT", "/api/reports/inspections/" + id + "/findings", this.supervisor, findings);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);

		// the supervision group signs off, nobody else
		assertThat(api().send("POST", "/api/reports/inspections/" + id + "/sign-off", this.admin, null).status())
			.isEqualTo(403);
		Response signed = api().send("POST", "/api/reports/inspections/" + id + "/sign-off", this.supervisor, null);
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		InspectionView report = signed.as(InspectionView.class);
		assertThat(report.status()).isEqualTo(InspectionStatus.SIGNED_OFF);
		assertThat(report.signedOffBy()).isEqualTo("supervisor1");
		assertThat(report.demands()).allSatisfy((demand) -> assertThat(demand.obligationId()).isNotNull());

		List<Map<String, Object>> obligations = this.jdbc.queryForList(
				"select id, title, due_date, frequency, source from obligation where source_ref = ? order by due_date",
				id);
		assertThat(obligations).extracting((row) -> row.get("title")).containsExactly("补充公开第二季度工作动态", "完善案件信息公开台账");
		assertThat(obligations).extracting((row) -> row.get("due_date").toString())
			.containsExactly(due.toString(), due.plusDays(31).toString());
		assertThat(obligations).extracting((row) -> row.get("id"))
			.containsExactlyInAnyOrderElementsOf(
					report.demands().stream().map(RectificationDemand::obligationId).toList());

		// frozen: no edit, no regeneration, the same PDF as archived
		Response late = api().send("PUT", "/api/reports/inspections/" + id + "/findings", this.supervisor,
				new FindingsRequest("改写", List.of()));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.contentType()).startsWith("application/problem+json");
		assertThat(late.body()).contains("inspection-signed-off");
		assertThat(api().send("POST", "/api/reports/inspections", this.supervisor, new GenerateInspectionRequest(half))
			.status()).isEqualTo(409);
		assertThat(api().send("POST", "/api/reports/inspections/" + id + "/sign-off", this.supervisor, null).status())
			.isEqualTo(409);
		Response pdf = api().send("GET", "/api/reports/inspections/" + id + "/pdf", this.admin, null);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(InspectionService.sha256(pdf.bytes())).isEqualTo(report.pdfSha256());
		assertThat(api().send("GET", "/api/reports/inspections/" + id + "/pdf", this.admin, null).bytes())
			.isEqualTo(pdf.bytes());
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains(InspectionView.titleOf(half), "已签发",
					"supervisor1", "部分部门定期公开事项未按季度公开", "补充公开第二季度", department, "案件程序性信息查询");
		}
		assertThat(this.jdbc.queryForObject("select findings from inspection_report where id = ?", String.class, id))
			.isEqualTo(findings.findings());
	}

	@Test
	void readersOutsideTheGroupReadButDoNotWrite() {
		String clerk = TestStaffTokens.token("clerk9", "李科员", "办公室", "CLERK");
		String chief = TestStaffTokens.token("chief1", "王检察长", "院领导", "CHIEF");
		assertThat(api().send("GET", "/api/reports/inspections", clerk, null).status()).isEqualTo(403);
		assertThat(api().send("GET", "/api/reports/inspections", chief, null).status()).isEqualTo(200);
		assertThat(api().send("POST", "/api/reports/inspections", chief, new GenerateInspectionRequest(farHalf()))
			.status()).isEqualTo(403);
		Response unknown = api().send("GET", "/api/reports/inspections/nope", chief, null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("inspection-not-found");
	}

	private String idOf(HalfYear half) {
		return this.jdbc.queryForObject("select id from inspection_report where half = ?", String.class,
				half.toString());
	}

}
