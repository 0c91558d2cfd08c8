package cn.jianwu.portal.console.cases;

import java.util.List;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.PersonRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseFormTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theFormFilledAsTheContractsExampleSendsThatRequest() {
		CaseUpsertRequest example = JSON.readValue(CaseQueryExamples.json(Example.CASE_UPSERT),
				CaseUpsertRequest.class);
		CaseForm form = new CaseForm();
		form.setCaseNumber("晋检刑诉受〔2026〕35010300001号");
		form.setCaseName(" " + example.caseName() + " ");
		form.setCaseType(example.caseType());
		form.setDepartment(example.department());
		form.setProsecutor(example.prosecutor());
		form.setAcceptedAt(example.acceptedAt().toString());
		form.setStage(example.stage());
		form.setStageDate(example.stageDate().toString());
		form.setStageDeadline("");
		for (int i = 0; i < example.persons().size(); i++) {
			PersonRequest person = example.persons().get(i);
			PersonLine line = form.getPersons().get(i);
			line.setName(person.name());
			line.setRole(PersonRole.parse(person.role()).orElseThrow());
			line.setIdNumber(person.idNumber());
			line.setLicenceNumber(person.licenceNumber());
		}

		CaseUpsertRequest request = form.request();

		assertThat(form.getPersons()).as("one line left empty").hasSize(example.persons().size() + 1);
		assertThat(request).usingRecursiveComparison()
			.ignoringFields("measures")
			.as("the form has no measures")
			.isEqualTo(example);
		assertThat(request.persons()).extracting(PersonRequest::role).containsExactly("PARTY", "DEFENDER");
		assertThat(request.measures()).isEmpty();
	}

	@Test
	void aNewCaseStartsAcceptedWithAPartyAndSaysWhichDateIsUnreadable() {
		CaseForm form = new CaseForm();
		assertThat(form.getStage()).isEqualTo("受理");
		assertThat(form.getPersons()).extracting(PersonLine::getRole).containsOnly(PersonRole.PARTY);
		assertThat(form.request().persons()).as("empty lines are not sent").isEqualTo(List.of());

		form.setAcceptedAt("2026/3/2");
		assertThatIllegalArgumentException().isThrownBy(form::request).withMessageStartingWith("受理日期格式有误");
	}

}
