package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the item page says of an attachment the redaction check could not read, and to
 * whom it offers the manual confirmation.
 */
class AttachmentCheckLabelsTest {

	private static final StaffItem.Attachment READ = attachment(true, null);

	private static final StaffItem.Attachment UNCHECKED = attachment(false, null);

	private static final StaffItem.Attachment CONFIRMED = attachment(false,
			new StaffItem.ManualCheck("head1", "逐页核对", Instant.parse("2026-12-01T02:00:00Z")));

	@Test
	void labelsSayWhetherAPersonStillHasToLook() {
		assertThat(READ.checkLabel()).isNull();
		assertThat(attachment(null, null).checkLabel()).as("a service that does not say").isNull();
		assertThat(UNCHECKED.checkLabel()).isEqualTo("未自动检查");
		assertThat(UNCHECKED.awaitsManualCheck()).isTrue();
		assertThat(CONFIRMED.checkLabel()).isEqualTo("已人工确认（head1）");
		assertThat(CONFIRMED.awaitsManualCheck()).isFalse();
		assertThat(item("DRAFT", READ, UNCHECKED).awaitsManualChecks()).isTrue();
		assertThat(item("DRAFT", READ, CONFIRMED).awaitsManualChecks()).isFalse();
	}

	@Test
	void theFormIsOfferedToApproversOtherThanTheUploaderWhileTheItemIsOpen() {
		StaffItem draft = item("DRAFT", UNCHECKED);
		assertThat(draft.confirmsManually(UNCHECKED, user("head1", "公诉部", "SECTION_HEAD"))).isTrue();
		assertThat(draft.confirmsManually(UNCHECKED, user("leader1", "院领导", "DIVISION_LEADER"))).isTrue();
		assertThat(draft.confirmsManually(UNCHECKED, user("head2", "办公室", "SECTION_HEAD"))).isFalse();
		assertThat(draft.confirmsManually(UNCHECKED, user("clerk1", "公诉部", "CLERK"))).isFalse();
		assertThat(draft.confirmsManually(UNCHECKED, user("clerk9", "公诉部", "SECTION_HEAD"))).as("the uploader")
			.isFalse();
		assertThat(draft.confirmsManually(CONFIRMED, user("head1", "公诉部", "SECTION_HEAD"))).isFalse();
		assertThat(item("PENDING_REVIEW", UNCHECKED).confirmsManually(UNCHECKED, user("chief", "院领导", "CHIEF")))
			.isTrue();
		assertThat(item("PUBLISHED", UNCHECKED).confirmsManually(UNCHECKED, user("chief", "院领导", "CHIEF"))).isFalse();
	}

	private static StaffItem.Attachment attachment(Boolean automaticallyChecked, StaffItem.ManualCheck check) {
		return new StaffItem.Attachment("a1", "决定书.pdf", "application/pdf", 100, false, automaticallyChecked, check,
				"clerk9");
	}

	private static StaffItem item(String status, StaffItem.Attachment... attachments) {
		return new StaffItem("i1", 1, null, status, "标题", null, "", "GOVERNMENT_AFFAIRS", null, "AD_HOC", "PUBLIC",
				"公诉部", false, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "clerk9",
				Instant.EPOCH, Instant.EPOCH, 1, List.of(), List.of(), List.of(attachments));
	}

	private static ConsoleUser user(String username, String department, String role) {
		return new ConsoleUser(username, username, department, Set.of(role), "token", Instant.MAX);
	}

}
