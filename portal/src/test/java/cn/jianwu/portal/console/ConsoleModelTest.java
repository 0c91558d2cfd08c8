package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
		RedactionPreview preview = RedactionPreview.of(text, new RedactionPreview.Answer(null,
				List.of(redaction("PERSON_NAME", "王建国", "王某", title), redaction("PERSON_NAME", "王建国", "王某", summary),
						redaction("PERSON_NAME", "王建国", "王某", body), redaction("ID_NUMBER", "123", "×××", id)),
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
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PERSON_NAME", 3),
					org.assertj.core.groups.Tuple.tuple("ID_NUMBER", 1));
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
		form.setVisibility("INTERNAL");
		form.setCategory("GOVERNMENT_AFFAIRS");
		form.setSubKind("LEGAL_DOCUMENT");
		Map<String, Object> request = form.request("办公室", java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(request).containsEntry("channels", List.of("bulletin"))
			.containsEntry("department", "办公室")
			.containsEntry("body", "<p>正文</p>");
		assertThat(request.get("subKind")).as("sub-kinds belong to case information only").isNull();
	}

	@Test
	void theBoardWaitsForChosenChannelsAndForRetractions() {
		Instant now = Instant.parse("2026-11-28T04:00:00Z");
		StaffItem published = item("PUBLISHED", 1, List.of("portal", "weibo", "bulletin"),
				List.of(new StaffItem.Delivery("portal", 1, "DELIVERED", "disclosures-v1", 1, null, now),
						new StaffItem.Delivery("wechat", 1, "SKIPPED", null, 1, "未选择该渠道", now)));
		DeliveryBoard board = DeliveryBoard.of(published);
		assertThat(board.rows()).extracting(DeliveryBoard.Row::channel, DeliveryBoard.Row::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("portal", "DELIVERED"),
					org.assertj.core.groups.Tuple.tuple("weibo", "PENDING"),
					org.assertj.core.groups.Tuple.tuple("wechat", "SKIPPED"),
					org.assertj.core.groups.Tuple.tuple("bulletin", "PENDING"),
					org.assertj.core.groups.Tuple.tuple("screens", "NOT_CHOSEN"));
		assertThat(board.settled()).isFalse();
		assertThat(board.rows().get(1).stateLabel()).isEqualTo("等待回执");

		StaffItem withdrawn = item("WITHDRAWN", null, List.of("portal"),
				List.of(new StaffItem.Delivery("portal", 1, "DELIVERED", "disclosures-v1", 1, null, now)));
		assertThat(DeliveryBoard.of(withdrawn).rows().get(0).state()).isEqualTo("RETRACTING");
		StaffItem retracted = item("WITHDRAWN", null, List.of("portal"),
				List.of(new StaffItem.Delivery("portal", 1, "RETRACTED", null, 1, null, now)));
		assertThat(DeliveryBoard.of(retracted).settled()).isTrue();

		// an internal item: the bulletin delivered, the other channels' SKIPPED still to
		// come
		List<StaffItem.Delivery> bulletinOnly = List
			.of(new StaffItem.Delivery("bulletin", 1, "DELIVERED", "/bulletin/items/1", 1, null, now));
		assertThat(DeliveryBoard.of(item("PUBLISHED", 1, List.of("bulletin"), bulletinOnly)).settled())
			.as("the unchosen channels have not answered yet")
			.isFalse();
		List<StaffItem.Delivery> everyChannel = new java.util.ArrayList<>(bulletinOnly);
		for (String channel : List.of("portal", "weibo", "wechat", "screens")) {
			everyChannel.add(new StaffItem.Delivery(channel, 1, "SKIPPED", null, 1, "内部事项", now));
		}
		assertThat(DeliveryBoard.of(item("PUBLISHED", 1, List.of("bulletin"), everyChannel)).settled()).isTrue();
		assertThat(DeliveryBoard.of(item("DRAFT", null, List.of("portal"), List.of())).rows())
			.allSatisfy((row) -> assertThat(row.state()).isIn("NONE"));
	}

	private static StaffItem item(String status, Integer publishedRevision, List<String> channels,
			List<StaffItem.Delivery> deliveries) {
		return new StaffItem("id", 1, publishedRevision, status, "标题", null, "<p>正文</p>", "OTHER", null, "AD_HOC",
				"PUBLIC", "办公室", false, channels, List.of(), List.of(), List.of(), List.of(), null, null, "clerk2",
				null, null, 1, List.of(), deliveries, List.of());
	}

	private static RedactionPreview.Answer.Redaction redaction(String kind, String original, String replacement,
			int start) {
		return new RedactionPreview.Answer.Redaction(kind, original, replacement, start, start + original.length(),
				"理由");
	}

}
