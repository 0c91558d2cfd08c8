package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.redaction.RedactionKind;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's own logic without a server: the body's paragraphs, the redaction preview
 * built from the service's answer, the digest that ties a confirmation to the previewed
 * text, and the delivery board's states.
 */
class ConsoleModelTest {

	@Test
	void bodyLinesBecomeEscapedParagraphsAndComeBack() {
		String html = BodyText.toHtml("第一段 <script>alert(1)</script>\n\n  第二段 & 更多  \n");
		assertThat(html).isEqualTo("<p>第一段 &lt;script&gt;alert(1)&lt;/script&gt;</p><p>第二段 &amp; 更多</p>");
		assertThat(BodyText.fromHtml(html)).isEqualTo("第一段 <script>alert(1)</script>\n第二段 & 更多");
		assertThat(BodyText.fromHtml("<h2>标题</h2><ul><li>一</li><li>二</li></ul><p>正文<br>续行</p>"))
			.isEqualTo("标题\n一\n二\n正文\n续行");
		assertThat(BodyText.fromHtml("纯文本第一行\n纯文本第二行")).isEqualTo("纯文本第一行\n纯文本第二行");
	}

	@Test
	void thePreviewMarksEachReplacementInTitleSummaryAndBody() {
		String text = RedactionPreview.text("王建国案", "关于王建国", "被不起诉人王建国，身份证号码123。\n第二段");
		int title = text.indexOf("王建国");
		int summary = text.indexOf("王建国", title + 1);
		int body = text.indexOf("王建国", summary + 1);
		int id = text.indexOf("123");
		RedactionPreview preview = RedactionPreview.of(text,
				new RedactionPreviewResponse(null,
						List.of(redaction(RedactionKind.PERSON_NAME, "王建国", "王某", title),
								redaction(RedactionKind.PERSON_NAME, "王建国", "王某", summary),
								redaction(RedactionKind.PERSON_NAME, "王建国", "王某", body),
								redaction(RedactionKind.ID_NUMBER, "123", "×××", id)),
						null, null));
		assertThat(preview.count()).isEqualTo(4);
		assertThat(preview.title()).extracting(RedactionPreview.Run::text).containsExactly("王某", "案");
		assertThat(preview.summary()).hasSize(1);
		assertThat(preview.body()).hasSize(2);
		assertThat(preview.body().get(0)).extracting(RedactionPreview.Run::text)
			.containsExactly("被不起诉人", "王某", "，身份证号码", "×××", "。");
		assertThat(preview.body().get(0).get(1).original()).isEqualTo("王建国");
		assertThat(preview.proposals())
			.extracting(RedactionPreview.Proposal::kind, RedactionPreview.Proposal::occurrences)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RedactionKind.PERSON_NAME, 3),
					org.assertj.core.groups.Tuple.tuple(RedactionKind.ID_NUMBER, 1));
		assertThat(preview.proposals().get(0).droppable()).isTrue();
		assertThat(preview.proposals().get(1).droppable()).as("identifiers must go").isFalse();
	}

	@Test
	void aConfirmationHoldsForThePreviewedTextOnly() {
		ComposeForm form = ComposeForm.blank();
		form.setTitle("标题");
		form.setBodyText("正文");
		form.setPersonsText("王建国\n李四");
		String digest = form.digest();
		form.setBodyText("  正文  \n\n");
		assertThat(form.digest()).as("blank lines and spaces do not change the text").isEqualTo(digest);
		form.setBodyText("正文改了");
		assertThat(form.digest()).isNotEqualTo(digest);
		form.setBodyText("正文");
		assertThat(form.drop("李四")).isTrue();
		assertThat(form.persons()).containsExactly("王建国");
		assertThat(form.digest()).isNotEqualTo(digest);
	}

	@Test
	void anInternalItemIsSentToTheBulletinOnly() {
		ComposeForm form = ComposeForm.blank();
		form.setTitle("通知");
		form.setBodyText("正文");
		form.setVisibility(Visibility.INTERNAL);
		form.setCategory(Category.GOVERNMENT_AFFAIRS);
		ItemRequest request = form.request("办公室", java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(request.channels()).as("ticked, but not allowed to an internal item: every channel but one")
			.containsExactly(Channel.BULLETIN);
		assertThat(request.department()).isEqualTo("办公室");
		assertThat(request.body()).isEqualTo("<p>正文</p>");
	}

	@Test
	void theBoardWaitsForChosenChannelsAndForRetractions() {
		Instant now = Instant.parse("2026-11-28T04:00:00Z");
		StaffItem published = item(ItemStatus.PUBLISHED, 1, List.of(Channel.PORTAL, Channel.WEIBO, Channel.BULLETIN),
				List.of(delivery(Channel.PORTAL, DeliveryState.DELIVERED, now),
						delivery(Channel.WECHAT, DeliveryState.SKIPPED, now)));
		DeliveryBoard board = DeliveryBoard.of(published);
		assertThat(board.rows()).extracting(DeliveryBoard.Row::channel, DeliveryBoard.Row::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.PORTAL, DeliveryState.DELIVERED),
					org.assertj.core.groups.Tuple.tuple(Channel.WEIBO, DeliveryState.PENDING),
					org.assertj.core.groups.Tuple.tuple(Channel.WECHAT, DeliveryState.SKIPPED),
					org.assertj.core.groups.Tuple.tuple(Channel.BULLETIN, DeliveryState.PENDING),
					org.assertj.core.groups.Tuple.tuple(Channel.SCREENS, DeliveryState.NOT_CHOSEN));
		assertThat(board.settled()).isFalse();
		assertThat(board.rows().get(1).state().label()).isEqualTo("等待回执");

		StaffItem withdrawn = item(ItemStatus.WITHDRAWN, null, List.of(Channel.PORTAL),
				List.of(delivery(Channel.PORTAL, DeliveryState.DELIVERED, now)));
		assertThat(DeliveryBoard.of(withdrawn).rows().get(0).state()).isEqualTo(DeliveryState.RETRACTING);
		StaffItem retracted = item(ItemStatus.WITHDRAWN, null, List.of(Channel.PORTAL),
				List.of(delivery(Channel.PORTAL, DeliveryState.RETRACTED, now)));
		assertThat(DeliveryBoard.of(retracted).settled()).isTrue();

		// an internal item: the bulletin delivered, the other channels' SKIPPED still to
		// come
		List<StaffItem.Delivery> bulletinOnly = List.of(delivery(Channel.BULLETIN, DeliveryState.DELIVERED, now));
		assertThat(DeliveryBoard.of(item(ItemStatus.PUBLISHED, 1, List.of(Channel.BULLETIN), bulletinOnly)).settled())
			.as("the unchosen channels have not answered yet")
			.isFalse();
		List<StaffItem.Delivery> everyChannel = new java.util.ArrayList<>(bulletinOnly);
		for (Channel channel : List.of(Channel.PORTAL, Channel.WEIBO, Channel.WECHAT, Channel.SCREENS)) {
			everyChannel.add(delivery(channel, DeliveryState.SKIPPED, now));
		}
		assertThat(DeliveryBoard.of(item(ItemStatus.PUBLISHED, 1, List.of(Channel.BULLETIN), everyChannel)).settled())
			.isTrue();
		assertThat(DeliveryBoard.of(item(ItemStatus.DRAFT, null, List.of(Channel.PORTAL), List.of())).rows())
			.allSatisfy((row) -> assertThat(row.state()).isEqualTo(DeliveryState.NONE));
	}

	@Test
	void theExampleStaffItemOfTheContractReadsAndFillsTheBoard() {
		StaffItem example = JsonMapper.builder().build().readValue(ApiExamples.STAFF_ITEM.json(), StaffItem.class);
		DeliveryBoard board = DeliveryBoard.of(example);
		assertThat(board.rows()).extracting(DeliveryBoard.Row::state)
			.containsExactly(DeliveryState.DELIVERED, DeliveryState.FAILED, DeliveryState.PENDING,
					DeliveryState.PENDING, DeliveryState.PENDING);
		ComposeForm form = ComposeForm.of(example, java.time.ZoneId.of("Asia/Shanghai"));
		ItemRequest request = form.request(example.department(), java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(request.channels()).isEqualTo(example.channels());
		assertThat(request.subKind()).isEqualTo(example.subKind());
		assertThat(request.clearedNames()).isEqualTo(example.clearedNames());
		assertThat(request.version()).isEqualTo(example.version());
		assertThat(request.obligationId()).as("an edit keeps the obligation the item meets")
			.isEqualTo(example.obligationId())
			.isNotNull();
	}

	@Test
	void aDraftOpenedFromATaskMeetsItsObligation() {
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		ComposeForm fromTask = ComposeForm.blank("OB-2026-007");
		fromTask.setTitle("通知");
		fromTask.setBodyText("正文");
		assertThat(fromTask.request("办公室", zone).obligationId()).isEqualTo("OB-2026-007");
		fromTask.setObligationId("  ");
		assertThat(fromTask.request("办公室", zone).obligationId()).as("cleared by the clerk").isNull();
		assertThat(ComposeForm.blank(null).request("办公室", zone).obligationId()).isNull();
	}

	private static StaffItem.Delivery delivery(Channel channel, DeliveryState state, Instant at) {
		return new StaffItem.Delivery(channel, 1, state, null, 1, null, at);
	}

	private static StaffItem item(ItemStatus status, Integer publishedRevision, List<Channel> channels,
			List<StaffItem.Delivery> deliveries) {
		return new StaffItem(UUID.randomUUID(), 1, publishedRevision, status, "标题", null, "<p>正文</p>", Category.OTHER,
				null, Term.AD_HOC, Visibility.PUBLIC, "办公室", false, channels, List.of(), List.of(), List.of(),
				List.of(), null, null, null, null, List.of(), null, "clerk2", null, null, 1, List.of(), deliveries,
				List.of(), List.of());
	}

	private static RedactionPreviewResponse.Redaction redaction(RedactionKind kind, String original, String replacement,
			int start) {
		return new RedactionPreviewResponse.Redaction(kind, original, replacement, start, start + original.length(),
				"理由");
	}

}
