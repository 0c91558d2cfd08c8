package cn.jianwu.casequery.api;

import java.time.Duration;
import java.time.LocalDate;

import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.alert.AlertState;
import cn.jianwu.casequery.api.alert.LockoutAlert;
import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.CredentialState;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.api.casefile.UpsertOutcome;
import cn.jianwu.casequery.api.desk.DeskAnswer;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.CredentialStatus;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.casequery.api.query.ResolvedCredential;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueryExamplesTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyExampleReadsAsItsRecord() {
		PublicQueryRequest query = read(Example.PUBLIC_QUERY, PublicQueryRequest.class);
		assertThat(query.channel()).isEqualTo(QueryChannel.WEB);
		assertThat(query.queryCode()).matches("\\d{12}");

		CaseView view = read(Example.CASE_VIEW, CaseView.class);
		assertThat(view.stageDeadline()).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(view.events()).extracting(CaseView.Step::stage)
			.containsExactly(CaseStage.ACCEPTED.label(), CaseStage.PROSECUTION_REVIEW.label());

		UpsertOutcome outcome = read(Example.UPSERT_OUTCOME, UpsertOutcome.class);
		assertThat(outcome.caseView().person(41).active()).isTrue();
		assertThat(outcome.caseView().persons().get(0).credential().status()).isEqualTo(CredentialState.ACTIVE);
		assertThat(outcome.issuedCredentials().get(0).role()).isEqualTo(PersonRole.PARTY);

		CaseUpsertRequest upsert = read(Example.CASE_UPSERT, CaseUpsertRequest.class);
		assertThat(upsert.persons()).extracting((person) -> PersonRole.parse(person.role()).orElseThrow())
			.containsExactly(PersonRole.PARTY, PersonRole.DEFENDER);

		assertThat(read(Example.DESK_ANSWER, DeskAnswer.class).caseView().caseNumber()).isEqualTo(view.caseNumber());

		ProceduralEventRequest step = read(Example.PROCEDURAL_EVENT, ProceduralEventRequest.class);
		assertThat(CaseStage.ofLabel(step.stage())).contains(CaseStage.SUPPLEMENTARY_INVESTIGATION);
		ResolvedCredential resolved = read(Example.RESOLVED_CREDENTIAL, ResolvedCredential.class);
		assertThat(read(Example.CREDENTIAL_STATUS, CredentialStatus.class))
			.isEqualTo(new CredentialStatus(resolved.credentialRef(), resolved.caseNumber(), true));

		LockoutAlert[] alerts = read(Example.LOCKOUT_ALERTS, LockoutAlert[].class);
		assertThat(alerts).allSatisfy((alert) -> assertThat(alert.stateLabel()).isEqualTo(alert.state().label()));
		assertThat(alerts[0].state()).isEqualTo(AlertState.LOCKED_UNTIL_REISSUE);
	}

	@Test
	void theFailureExampleStatesTheDefaultLockOutInItsOwnWords() {
		QueryFailure failure = read(Example.QUERY_FAILURE, QueryFailure.class);
		LockoutPolicy defaults = new LockoutPolicy(5, Duration.ofMinutes(30));
		assertThat(failure).isEqualTo(QueryFailure.of(failure.type(), defaults));
		assertThat(failure.lockout()).isEqualTo(defaults);
		assertThat(failure.detail()).contains("连续输错5次，查询码将锁定30分钟，再次锁定时间加倍。");
	}

	@Test
	void theLockOutIsWordedFromItsNumbers() {
		LockoutPolicy policy = new LockoutPolicy(3, Duration.ofHours(2));
		assertThat(policy.warning()).isEqualTo("连续输错3次，查询码将锁定2小时，再次锁定时间加倍。");
		assertThat(policy.message()).startsWith("查询未成功：").contains(policy.warning());
		assertThat(policy.spoken()).startsWith("查询未成功。").endsWith(policy.warning());
		assertThat(new LockoutPolicy(5, Duration.ofSeconds(90)).warning()).as("rounded up to whole minutes")
			.contains("锁定2分钟");
		assertThat(QueryFailure.of("t", new LockoutPolicy(5, Duration.ofSeconds(90))).lockMinutes()).isEqualTo(2);
	}

	@Test
	void stagesAndRolesAreNamedByTheirLabels() {
		assertThat(CaseStage.ofLabel(" 退回补充侦查 ")).contains(CaseStage.SUPPLEMENTARY_INVESTIGATION);
		assertThat(CaseStage.ofLabel("侦查终结")).as("a case system's own stage").isEmpty();
		assertThat(PersonRole.parse("辩护人")).contains(PersonRole.DEFENDER);
		assertThat(PersonRole.parse("defender")).contains(PersonRole.DEFENDER);
		assertThat(PersonRole.parse("证人")).isEmpty();
	}

	private <T> T read(Example example, Class<T> type) {
		return this.json.readValue(CaseQueryExamples.json(example), type);
	}

}
