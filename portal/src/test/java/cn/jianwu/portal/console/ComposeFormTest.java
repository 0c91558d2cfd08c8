package cn.jianwu.portal.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.WorkflowAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the compose form sends disclosure-service, and what it shows of an item to edit.
 */
class ComposeFormTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void aGuideSendsItsSectionTheTickedStagesOnceAndNoPeriod() {
		ComposeForm form = filled();
		form.setCategory(Category.GOVERNMENT_AFFAIRS);
		form.setSubKind(SubKind.GUIDE);
		form.setTerm(Term.LONG_TERM);
		form.setPeriod("2026Q4");
		form.setCaseStages(List.of("审查起诉", " 审查起诉 ", "", "审查逮捕"));
		ItemRequest request = form.request("案件管理部", ZONE);
		assertThat(request.subKind()).as("a section of government affairs is sent, not only case information")
			.isEqualTo(SubKind.GUIDE);
		assertThat(request.caseStages()).containsExactly("审查起诉", "审查逮捕");
		assertThat(request.period()).as("kept only for a periodic item").isNull();
		assertThat(request.revisionNote()).isNull();
	}

	@Test
	void aPeriodicItemSendsItsPeriodAndAnotherSectionNoStages() {
		ComposeForm form = filled();
		form.setSubKind(SubKind.IMPORTANT_CASE);
		form.setTerm(Term.PERIODIC);
		form.setPeriod(" 2026q4 ");
		form.setCaseStages(List.of("审查起诉"));
		form.setRevisionNote("  更正了第二段的日期。 ");
		ItemRequest request = form.request("办公室", ZONE);
		assertThat(request.period()).isEqualTo("2026Q4");
		assertThat(request.caseStages()).as("case stages are for guides only").isEmpty();
		assertThat(request.revisionNote()).isEqualTo("更正了第二段的日期。");
		assertThat(request.obligationId()).isEqualTo("OB-1");
	}

	@Test
	void aSectionOfAnotherCategoryIsSentAsChosenForTheServiceToRefuse() {
		ComposeForm form = filled();
		form.setCategory(Category.OTHER);
		form.setSubKind(SubKind.LEGAL_DOCUMENT);
		assertThat(form.request("办公室", ZONE).subKind()).isEqualTo(SubKind.LEGAL_DOCUMENT);
	}

	@Test
	void anItemToEditShowsItsPeriodStagesAndNoteAndWhetherItIsARevision() {
		StaffItem guide = item(1, null, Term.PERIODIC, "2026H1", List.of("审查起诉"), "补充了办理时间。");
		ComposeForm form = ComposeForm.of(guide, ZONE);
		assertThat(form.getPeriod()).isEqualTo("2026H1");
		assertThat(form.getCaseStages()).containsExactly("审查起诉");
		assertThat(form.getRevisionNote()).isEqualTo("补充了办理时间。");
		assertThat(form.getSubKind()).isEqualTo(SubKind.GUIDE);
		assertThat(ComposeForm.revises(guide)).as("a draft never published").isFalse();
		assertThat(ComposeForm.revises(item(1, 1, Term.AD_HOC, null, List.of(), null))).as("live").isTrue();
		assertThat(ComposeForm.revises(item(2, null, Term.AD_HOC, null, List.of(), null)))
			.as("a later revision, e.g. of a withdrawn item")
			.isTrue();
		StaffItem withdrawn = item(1, null, Term.AD_HOC, null, List.of(), null,
				List.of(new StaffItem.Step(WorkflowAction.PUBLISH, null, null, 1, ItemStatus.APPROVED,
						ItemStatus.PUBLISHED, null, Instant.parse("2026-11-20T02:00:00Z"))));
		assertThat(ComposeForm.revises(withdrawn)).as("published once, withdrawn since").isTrue();
	}

	@Test
	void problemsAboutAListsElementAreShownBesideTheList() {
		assertThat(ComposeController.requestField("caseStages[1]")).isEqualTo("caseStages");
		assertThat(ComposeController.requestField("revisionNote")).isEqualTo("revisionNote");
		assertThat(ComposeController.requestField(null)).isEmpty();
	}

	private static ComposeForm filled() {
		ComposeForm form = ComposeForm.blank("OB-1");
		form.setTitle("标题");
		form.setBodyText("正文");
		return form;
	}

	private static StaffItem item(int revision, Integer publishedRevision, Term term, String period,
			List<String> caseStages, String revisionNote) {
		return item(revision, publishedRevision, term, period, caseStages, revisionNote, List.of());
	}

	private static StaffItem item(int revision, Integer publishedRevision, Term term, String period,
			List<String> caseStages, String revisionNote, List<StaffItem.Step> history) {
		return new StaffItem(UUID.randomUUID(), revision, publishedRevision, ItemStatus.DRAFT, "律师阅卷指南", null,
				"<p>正文</p>", Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, term, Visibility.PUBLIC, "案件管理部", false,
				List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, period, caseStages,
				revisionNote, "clerk1", null, null, 1, history, List.of(), List.of(), List.of());
	}

}
