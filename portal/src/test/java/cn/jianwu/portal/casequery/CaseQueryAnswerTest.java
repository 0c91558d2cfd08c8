package cn.jianwu.portal.casequery;

import java.util.List;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.portal.TemplatePages;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.DisclosureClient.ItemQuery;
import cn.jianwu.portal.site.BackendUnavailableException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The web answer of a case query with its stage's notices of rights and duties, and what
 * it shows when disclosure-service cannot give them.
 */
class CaseQueryAnswerTest {

	private static final CaseView CASE = JsonMapper.builder()
		.build()
		.readValue(CaseQueryExamples.json(Example.CASE_VIEW), CaseView.class);

	private final CaseQueryClient cases = mock(CaseQueryClient.class);

	private final DisclosureClient disclosures = mock(DisclosureClient.class);

	private final CaseQueryController controller = new CaseQueryController(this.cases, TemplatePages.institution(),
			new RightsNotices(this.disclosures));

	@Test
	void theAnswerAsksForTheGuidesOfTheCasesCurrentStage() {
		when(this.cases.query(any(), eq(QueryChannel.WEB), any())).thenReturn(CaseQueryOutcome.found(CASE));
		when(this.disclosures.items(any(), anyInt(), anyInt())).thenReturn(new PublicItemPage(List.of(), 0, 0, 5));

		ExtendedModelMap model = query();

		assertThat(model.get("notices")).isEqualTo(new RightsNotices.Notices(List.of(), RightsNotices.sectionPath()));
		verify(this.disclosures).items(
				eq(new ItemQuery(SubKind.GUIDE.category(), List.of(SubKind.GUIDE), null, null, CASE.stage())), eq(0),
				eq(RightsNotices.LIMIT));
	}

	@Test
	void disclosureServiceBeingDownNeverBreaksTheAnswer() {
		when(this.cases.query(any(), eq(QueryChannel.WEB), any())).thenReturn(CaseQueryOutcome.found(CASE));
		when(this.disclosures.items(any(), anyInt(), anyInt()))
			.thenThrow(new BackendUnavailableException("disclosure-service", "connection refused", null));
		MockHttpServletResponse response = new MockHttpServletResponse();
		ExtendedModelMap model = new ExtendedModelMap();

		String view = this.controller.query("123456789012", "1234", new MockHttpServletRequest(), response, model);

		assertThat(view).isEqualTo("case-query-result");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(((CaseQueryView) model.get("result")).stage()).isEqualTo(CASE.stage());
		RightsNotices.Notices notices = (RightsNotices.Notices) model.get("notices");
		assertThat(notices.guides()).isEmpty();
		assertThat(notices.sectionPath()).isEqualTo("/categories/government-affairs/guide");
	}

	private ExtendedModelMap query() {
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(this.controller.query("123456789012", "1234", new MockHttpServletRequest(),
				new MockHttpServletResponse(), model))
			.isEqualTo("case-query-result");
		return model;
	}

}
