package cn.jianwu.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.Visibility;
import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.handling.AssignRequest;
import cn.jianwu.hall.api.handling.HandlingAction;
import cn.jianwu.hall.api.handling.HandlingStep;
import cn.jianwu.hall.api.handling.MessageSummary;
import cn.jianwu.hall.api.handling.ReviewRequest;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.TextRequest;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The online service hall across the real platform, through the gateway as a citizen's
 * browser and a staff tool call it, read as hall-api's and disclosure-api's records: a
 * citizen's feedback on a published item leads to a new revision of it, which the answer
 * names; an open call goes from its announcement through the approval chain to its
 * published results; a WeChat follower's 留言 is answered on WeChat (the simulated API's
 * request journal shows the customer-service message).
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HallAcrossServicesIT {

	private static final String GATEWAY = "http://127.0.0.1:8080";

	private static final String WECHAT = "http://127.0.0.1:8092";

	/** What a step that reaches other services must show within (events, approval). */
	private static final Duration SOON = Duration.ofSeconds(10);

	/**
	 * How long the test's open call takes responses: long enough for two approvals and a
	 * response through the gateway, short enough to wait for its end.
	 */
	private static final Duration CALL_OPEN = Duration.ofSeconds(8);

	private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

	private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

	private final StaffApi staff = new StaffApi(GATEWAY);

	private final HallApi hall = new HallApi(GATEWAY);

	@BeforeAll
	void platformIsUp(SharedPlatform.Running platform) {
		// The parameter makes JUnit start the shared platform; the tests use its gateway.
	}

	@Test
	void feedbackOnAPublishedItemLeadsToARevisionThatTheAnswerNames() throws Exception {
		String nonce = nonce();
		TokenResponse clerk = this.staff.login("clerk1");
		String head = this.staff.token("head1");
		String leader = this.staff.token("leader1");

		// An item of the clerk's department, published after two approvals.
		String title = "关于举办检察开放日活动的公告（" + nonce + "）";
		UUID itemId = this.staff
			.create(clerk.accessToken(), item(title, "<p>本院定于本月二十日上午九时至十一时举办检察开放日活动。</p>", clerk.department()))
			.id();
		this.staff.submit(clerk.accessToken(), itemId);
		this.staff.approve(head, itemId, "同意");
		this.staff.approve(leader, itemId, "同意发布");
		awaitPublished(clerk.accessToken(), itemId, 1);

		// A citizen writes about it and gets the codes.
		SubmissionReceipt receipt = this.hall
			.submit(new MessageSubmission(MessageKind.ITEM_FEEDBACK, "开放日时间与电话告知不一致（" + nonce + "）",
					"公告写的是上午九时至十一时，电话咨询时却说是下午。请核实后更正。", null, null, null, true, SubmissionChannel.WEB, itemId, null));
		assertThat(receipt.trackingCode()).matches(TWELVE_DIGITS);
		assertThat(receipt.checkCode()).matches(SIX_DIGITS);
		assertThat(receipt.kind()).isEqualTo(MessageKind.ITEM_FEEDBACK);

		// It lands with the item's department, linked to the item.
		MessageSummary line = this.hall.inboxEntry(clerk.accessToken(), nonce);
		assertThat(line.kind()).isEqualTo(MessageKind.ITEM_FEEDBACK);
		assertThat(line.department()).isEqualTo(clerk.department());
		assertThat(line.status()).isEqualTo(MessageStatus.ASSIGNED);
		UUID messageId = line.id();
		assertThat(this.hall.message(clerk.accessToken(), messageId).itemId()).isEqualTo(itemId);

		// The clerk revises the published item: revision 2 goes through the chain.
		StaffItem published = this.staff.item(clerk.accessToken(), itemId);
		StaffItem revising = this.staff.update(clerk.accessToken(), itemId,
				revised(item(title, "<p>本院定于本月二十日下午二时至四时举办检察开放日活动（原公告时间有误，现予更正）。</p>", clerk.department()),
						published.version()));
		assertThat(revising.revision()).isEqualTo(2);
		assertThat(revising.publishedRevision()).as("revision 1 stays public meanwhile").isEqualTo(1);
		this.staff.submit(clerk.accessToken(), itemId);
		this.staff.approve(head, itemId, "同意更正");
		this.staff.approve(leader, itemId, "同意发布");
		awaitPublished(clerk.accessToken(), itemId, 2);
		assertThat(publicItem(itemId)).hasValueSatisfying((item) -> assertThat(item.body()).contains("下午二时至四时"));

		// The answer names revision 2; the head approves it.
		this.hall.step(clerk.accessToken(), messageId, "acknowledge", new TextRequest("您的意见已收到，我院正在核实。", null));
		String answer = "经核实，公告中的活动时间有误。我院已于今日更正并重新公开（第2版），活动时间为下午二时至四时。\n\n感谢您的监督。";
		this.hall.step(clerk.accessToken(), messageId, "answer", new TextRequest(answer, 2));
		this.hall.step(clerk.accessToken(), messageId, "submit", null);
		StaffMessage approved = this.hall.step(head, messageId, "approve", new ReviewRequest("同意答复。"));
		assertThat(approved.summary().status()).isEqualTo(MessageStatus.ANSWERED);

		// The citizen reads the answer with the codes; staff see which revision answered.
		MessageLookup seen = this.hall.lookup(receipt);
		assertThat(seen.status()).isEqualTo(MessageStatus.ANSWERED);
		assertThat(seen.answer()).isEqualTo(answer);
		assertThat(seen.department()).isEqualTo(clerk.department());
		assertThat(seen.acknowledgement()).isEqualTo("您的意见已收到，我院正在核实。");
		StaffMessage handled = this.hall.message(clerk.accessToken(), messageId);
		assertThat(handled.answerRevision()).isEqualTo(2);
		assertThat(handled.history()).extracting(HandlingStep::action)
			.containsSubsequence(HandlingAction.RECEIVE, HandlingAction.ACKNOWLEDGE, HandlingAction.DRAFT_ANSWER,
					HandlingAction.SUBMIT_ANSWER, HandlingAction.APPROVE_ANSWER);
	}

	@Test
	void feedbackOnAnItemThatIsNotPublicIsRefusedWithAProblem() {
		UUID unknown = UUID.randomUUID();
		HttpResponse<String> refused = this.hall.send("POST", "/api/hall/messages", null,
				new MessageSubmission(MessageKind.ITEM_FEEDBACK, "对一条信息的意见（" + nonce() + "）", "这条信息有误。", null, null,
						null, false, SubmissionChannel.WEB, unknown, null));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = HallApi.JSON.readTree(refused.body());
		assertThat(problem.path("status").asInt()).isEqualTo(422);
		assertThat(problem.path("type").asString()).startsWith("https://");
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).as("a reason in Chinese").containsPattern("\\p{IsHan}");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("\"trace\"");
	}

	@Test
	void anOpenCallGoesFromItsAnnouncementThroughResponsesToItsPublishedResults() throws Exception {
		String nonce = nonce();
		TokenResponse clerk = this.staff.login("clerk2");
		String head = this.staff.token("head2");
		String leader = this.staff.token("leader1");

		// The office opens a call; its announcement waits for the section head.
		Instant opensAt = Instant.now();
		Instant closesAt = opensAt.plus(CALL_OPEN);
		String title = "改进检察服务大厅接待工作（" + nonce + "）";
		CallView call = this.hall.openCall(clerk.accessToken(),
				new CallRequest(title, "为进一步改进检察服务大厅的接待工作，现公开征集意见建议。", opensAt, closesAt, List.of("您对接待时间有何建议？")));
		assertThat(call.state()).isEqualTo(CallState.OPEN);
		assertThat(call.department()).isEqualTo(clerk.department());
		assertThat(call.announcementItemId()).isNotNull();
		StaffItem announcement = this.staff.item(clerk.accessToken(), call.announcementItemId());
		assertThat(announcement.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
		assertThat(announcement.title()).contains(title);
		assertThat(announcement.department()).isEqualTo(clerk.department());

		// Approved and published: the public sees the call open.
		this.staff.approve(head, call.announcementItemId(), "同意");
		this.staff.approve(leader, call.announcementItemId(), "同意发布");
		await("the call is public").atMost(SOON)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.hall.publicCalls()).filteredOn((view) -> view.id().equals(call.id()))
				.singleElement()
				.extracting(CallView::state)
				.isEqualTo(CallState.OPEN));

		// A citizen responds; the response is counted and reaches the call's department.
		this.hall.submit(new MessageSubmission(MessageKind.CALL_RESPONSE, "建议周末也开放接待（" + nonce + "）",
				"建议每月至少一个周六上午开放接待，方便上班族。", null, null, null, true, SubmissionChannel.WEB, null, call.id()));
		assertThat(this.hall.staffCall(clerk.accessToken(), call.id()).responses()).isEqualTo(1);
		MessageSummary response = this.hall.inboxEntry(clerk.accessToken(), nonce);
		assertThat(response.kind()).isEqualTo(MessageKind.CALL_RESPONSE);
		assertThat(response.department()).isEqualTo(clerk.department());

		// Once its time is up, the call takes no more responses.
		await("the call's end").atMost(CALL_OPEN.plus(SOON)).until(() -> Instant.now().isAfter(closesAt));
		HttpResponse<String> late = this.hall.send("POST", "/api/hall/messages", null,
				new MessageSubmission(MessageKind.CALL_RESPONSE, "迟到的意见（" + nonce + "）", "截止后才看到征集公告。", null, null,
						null, false, SubmissionChannel.WEB, null, call.id()));
		assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
		assertThat(late.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		CallView closed = this.hall.staffCall(clerk.accessToken(), call.id());
		assertThat(closed.state()).isEqualTo(CallState.CLOSED);
		assertThat(closed.responses()).isEqualTo(1);

		// The results become another item; once it is approved, the public sees them.
		String adopted = "采纳增加周末接待的建议：自下月起，每月第一个周六上午开放接待。";
		CallView withResults = this.hall.publishResults(clerk.accessToken(), call.id(),
				new CallResultsRequest("共收到意见1条，主要建议在周末开放接待。", adopted));
		assertThat(withResults.resultsItemId()).isNotNull();
		StaffItem results = this.staff.item(clerk.accessToken(), withResults.resultsItemId());
		assertThat(results.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
		assertThat(results.body()).contains("共收到意见1条", adopted);
		assertThat(this.hall.publicCalls()).filteredOn((view) -> view.id().equals(call.id()))
			.singleElement()
			.satisfies((view) -> {
				assertThat(view.state()).as("no results before they are approved").isEqualTo(CallState.CLOSED);
				assertThat(view.adopted()).isNull();
			});
		this.staff.approve(head, withResults.resultsItemId(), "同意");
		this.staff.approve(leader, withResults.resultsItemId(), "同意发布");
		await("the results are public").atMost(SOON)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.hall.publicCalls()).filteredOn((view) -> view.id().equals(call.id()))
				.singleElement()
				.satisfies((view) -> {
					assertThat(view.state()).isEqualTo(CallState.RESULTS_PUBLISHED);
					assertThat(view.resultsItemId()).isEqualTo(withResults.resultsItemId());
					assertThat(view.adopted()).isEqualTo(adopted);
					assertThat(view.responses()).isEqualTo(1);
				}));
	}

	@Test
	void aWechatFollowersMessageIsAnsweredOnWechat() throws Exception {
		String nonce = nonce();
		String office = this.staff.token("office1");
		TokenResponse clerk = this.staff.login("clerk1");
		String head = this.staff.token("head1");
		WechatFollower follower = new WechatFollower(GATEWAY, "o-hall-" + nonce);

		// The follower writes; the passive reply carries both codes.
		String reply = follower.send(WechatMessageRequest.KEYWORD + " 建议增设自助查询机" + nonce + "\n大厅只有一台查询机，高峰时排队较长。");
		Matcher tracking = TWELVE_DIGITS.matcher(reply);
		assertThat(tracking.find()).as("the tracking code in: " + reply).isTrue();
		Matcher check = SIX_DIGITS.matcher(reply);
		assertThat(check.find()).as("the check code in: " + reply).isTrue();
		assertThat(reply).doesNotContain(follower.openId());

		// The office triages it to the clerk's department, which answers.
		MessageSummary line = this.hall.inboxEntry(office, nonce);
		assertThat(line.channel()).isEqualTo(SubmissionChannel.WECHAT);
		assertThat(line.status()).isEqualTo(MessageStatus.RECEIVED);
		this.hall.step(office, line.id(), "assign", new AssignRequest(clerk.department()));
		String acknowledgement = "您的建议已收到，我院正在研究。";
		this.hall.step(clerk.accessToken(), line.id(), "acknowledge", new TextRequest(acknowledgement, null));
		SimulatorJournal wechat = new SimulatorJournal(WECHAT);
		// The procedural answer reaches the follower first.
		await("the acknowledgement on WeChat").atMost(SOON)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(wechat.bodies("/cgi-bin/message/custom/send"))
				.filteredOn((body) -> follower.openId().equals(JsonPath.read(body, "$.touser")))
				.singleElement()
				.satisfies(
						(body) -> assertThat(JsonPath.<String>read(body, "$.text.content")).contains(acknowledgement)));
		String answer = "感谢您的建议。我院已在检察服务大厅增设两台自助查询机，下周起投入使用。";
		this.hall.step(clerk.accessToken(), line.id(), "answer", new TextRequest(answer, null));
		this.hall.step(clerk.accessToken(), line.id(), "submit", null);
		Instant approved = Instant.now();
		this.hall.step(head, line.id(), "approve", new ReviewRequest("同意。"));

		// Then the answer, as a second customer-service message (the journal lists the
		// newest first).
		await("the answer on WeChat").atMost(SOON)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(wechat.bodies("/cgi-bin/message/custom/send"))
				.filteredOn((body) -> follower.openId().equals(JsonPath.read(body, "$.touser")))
				.hasSize(2)
				.anySatisfy((body) -> assertThat(JsonPath.<String>read(body, "$.text.content")).contains(answer)));
		System.out.printf("WeChat answer sent %d ms after the approval%n",
				Duration.between(approved, Instant.now()).toMillis());

		// The same codes show the answer on the web.
		MessageLookup seen = this.hall.lookup(tracking.group(), check.group());
		assertThat(seen.status()).isEqualTo(MessageStatus.ANSWERED);
		assertThat(seen.answer()).isEqualTo(answer);
	}

	private void awaitPublished(String token, UUID itemId, int revision) {
		await("revision " + revision + " published").atMost(SOON)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> {
				StaffItem item = this.staff.item(token, itemId);
				assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
				assertThat(item.publishedRevision()).isEqualTo(revision);
				assertThat(publicItem(itemId))
					.hasValueSatisfying((published) -> assertThat(published.revision()).isEqualTo(revision));
			});
	}

	private Optional<PublicItem> publicItem(UUID itemId) {
		HttpResponse<String> answer = this.hall.send("GET", "/api/public/items/" + itemId, null, null);
		return (answer.statusCode() == 200) ? Optional.of(StaffApi.JSON.readValue(answer.body(), PublicItem.class))
				: Optional.empty();
	}

	private static ItemRequest item(String title, String body, String department) {
		return new ItemRequest(title, null, body, Category.GOVERNMENT_AFFAIRS, null, department, false, Term.AD_HOC,
				Visibility.PUBLIC, List.of(Channel.PORTAL), null, null, null, null, null, null, null);
	}

	private static ItemRequest revised(ItemRequest request, Long version) {
		return new ItemRequest(request.title(), request.summary(), request.body(), request.category(),
				request.subKind(), request.department(), request.important(), request.term(), request.visibility(),
				request.channels(), request.exemptions(), request.persons(), request.addresses(),
				request.clearedNames(), request.minorClearance(), request.publishAt(), version, null, null, null,
				"更正开放日活动时间。");
	}

	/**
	 * Letters only: no redaction rule (numbers, plates) can mistake it for an identifier.
	 */
	private static String nonce() {
		StringBuilder nonce = new StringBuilder("jw");
		for (int i = 0; i < 8; i++) {
			nonce.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return nonce.toString();
	}

}
