package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.TextStatus;
import cn.jianwu.events.WorkflowAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the item page says of an attachment the redaction check could not read. Whom the
 * manual confirmation is offered to is disclosure-service's to say (the attachment's
 * {@code allowedActions}); the page only follows it.
 */
class AttachmentCheckLabelsTest {

	private static final StaffItem.Attachment READ = attachment(true, null, List.of());

	private static final StaffItem.Attachment UNCHECKED = attachment(false, null, List.of(WorkflowAction.MANUAL_CHECK));

	private static final StaffItem.Attachment CONFIRMED = attachment(false,
			new StaffItem.ManualCheck("head1", "逐页核对", Instant.parse("2026-12-01T02:00:00Z")), List.of());

	@Test
	void labelsSayWhetherAPersonStillHasToLook() {
		assertThat(READ.checkLabel()).isNull();
		assertThat(UNCHECKED.checkLabel()).isEqualTo("未自动检查");
		assertThat(UNCHECKED.awaitsManualCheck()).isTrue();
		assertThat(CONFIRMED.checkLabel()).isEqualTo("已人工确认（head1）");
		assertThat(CONFIRMED.awaitsManualCheck()).isFalse();
	}

	@Test
	void theFormIsOfferedWhereTheServiceAllowsIt() {
		assertThat(UNCHECKED.confirmable()).isTrue();
		assertThat(CONFIRMED.confirmable()).isFalse();
		assertThat(attachment(false, null, List.of()).confirmable()).as("the uploader, or not an approver").isFalse();
	}

	private static StaffItem.Attachment attachment(boolean automaticallyChecked, StaffItem.ManualCheck check,
			List<WorkflowAction> allowed) {
		return new StaffItem.Attachment(UUID.randomUUID(), UUID.randomUUID(), "决定书.pdf", "application/pdf", 100, "",
				false, automaticallyChecked ? TextStatus.COMPLETE : TextStatus.NO_TEXT, automaticallyChecked, check,
				"clerk9", Instant.EPOCH, allowed);
	}

}
