package cn.jianwu.portal.hall;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageSubmission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageFormTest {

	private static final String ITEM = "3f2c1d9e-1111-4222-8333-444455556666";

	@Test
	void aFormWithoutAKindAsksForOneAndSendsNoneRatherThanGuessing() {
		MessageForm blank = MessageForm.blank(null, null, null);
		assertThat(blank.chosenKind()).isNull();
		assertThat(blank.choices()).containsExactly(MessageKind.CONSULTATION, MessageKind.SUGGESTION,
				MessageKind.COMPLAINT, MessageKind.REPORT);
		MessageSubmission sent = MessageForm.posted(null, " 标题 ", "正文", " ", "", null, null, null, null)
			.submission(SubmissionChannel.WEB);
		assertThat(sent.kind()).isNull();
		assertThat(sent.subject()).isEqualTo("标题");
		assertThat(sent.name()).isNull();
		assertThat(sent.phone()).isNull();
		assertThat(sent.publicOk()).isFalse();
	}

	@Test
	void aKindTheFormDoesNotOfferIsNotSent() {
		assertThat(MessageForm.posted("ITEM_FEEDBACK", "s", "b", null, null, null, "true", null, null)
			.submission(SubmissionChannel.WEB)
			.kind()).as("feedback without its item").isNull();
		MessageSubmission feedback = MessageForm.posted("CONSULTATION", "s", "b", null, null, null, "true", ITEM, null)
			.submission(SubmissionChannel.KIOSK);
		assertThat(feedback.kind()).as("a form about an item sends feedback only").isNull();
		assertThat(MessageForm.blank("COMPLAINT", ITEM, null).chosenKind()).isEqualTo(MessageKind.ITEM_FEEDBACK);
		assertThat(MessageForm.blank(null, "\"><script>", null).itemId()).as("an id that is not one is dropped")
			.isNull();
	}

	@Test
	void plainTextIsSplitIntoParagraphsAtBlankLinesOnly() {
		assertThat(PlainText.INSTANCE.paragraphs("第一段\r\n续行\r\n\r\n  \n第二段\n \u3000\n<b>第三段</b>\n"))
			.containsExactly("第一段\n续行", "第二段", "<b>第三段</b>");
		assertThat(PlainText.INSTANCE.paragraphs(null)).isEmpty();
	}

}
