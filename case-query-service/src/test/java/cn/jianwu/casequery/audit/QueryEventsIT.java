package cn.jianwu.casequery.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.TestTokens;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.api.query.QueryOutcome;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.EventType;
import cn.jianwu.events.Topics;
import cn.jianwu.testsupport.TestEvents;
import cn.jianwu.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audited query reaches {@code case.queries} for the case-management figures, with
 * its channel and outcome and whether it locked a code, and nothing about the code, the
 * case or the person.
 */
class QueryEventsIT extends CaseQueryIntegrationTest {

	@Test
	void publicAndDeskQueriesAreAnnouncedWithChannelAndOutcome() {
		Instant start = Instant.now();
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), TestCases.idNumber()).get(0);

		this.api.query(TestCases.client(), "{\"queryCode\":\"" + credential.code() + "\",\"idLast4\":\""
				+ credential.last4() + "\",\"channel\":\"HOTLINE\"}");
		for (int i = 0; i < 5; i++) {
			this.api.query(TestCases.client(), credential.code(), credential.wrongLast4());
		}
		this.api.query(TestCases.client(), credential.code(), credential.last4());
		this.api.staff(TestTokens.caseManager(), "POST", "/api/cases/desk-query",
				"{\"caseNumber\":\"" + TestCases.caseNumber() + "\",\"visitorIdLast4\":\"1234\"}");

		TestEvents.Keyed success = awaitOne(start, (queried) -> queried.channel().equals(QueryChannel.HOTLINE.name())
				&& queried.outcome().equals(QueryOutcome.SUCCESS.name()));
		assertThat(success.event().type()).isEqualTo(EventType.CASE_QUERIED.ceType());
		CaseQueried answered = (CaseQueried) success.event().payload();
		assertThat(answered.lockedNow()).isFalse();
		// a fresh id per query, never the case or the code
		assertThat(success.key()).isEqualTo(answered.queryId());
		assertThat(UUID.fromString(answered.queryId())).isNotNull();

		CaseQueried fifthFailure = (CaseQueried) awaitOne(start,
				(queried) -> queried.channel().equals(QueryChannel.WEB.name()) && queried.lockedNow())
			.event()
			.payload();
		assertThat(fifthFailure.outcome()).isEqualTo(QueryOutcome.WRONG_ID.name());
		awaitOne(start, (queried) -> queried.channel().equals(QueryChannel.WEB.name())
				&& queried.outcome().equals(QueryOutcome.LOCKED.name()));
		awaitOne(start, (queried) -> queried.channel().equals(QueryChannel.DESK.name())
				&& queried.outcome().equals(QueryOutcome.NOT_FOUND.name()));
	}

	private static TestEvents.Keyed awaitOne(Instant since, Predicate<CaseQueried> wanted) {
		List<TestEvents.Keyed> found = TestEvents.await(TestKafka.bootstrapServers(), Topics.CASE_QUERIES,
				(event) -> event.payload() instanceof CaseQueried queried && !queried.at().isBefore(since)
						&& wanted.test(queried),
				Duration.ofSeconds(30));
		return found.get(0);
	}

}
