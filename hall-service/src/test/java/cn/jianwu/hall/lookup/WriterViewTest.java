package cn.jianwu.hall.lookup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WriterViewTest {

	private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

	@Test
	void aDraftAnswerIsNeverShown() {
		MessageLookup view = WriterView.of(message(MessageStatus.PENDING_APPROVAL, "控告申诉检察部", "草稿", null), null);

		assertThat(view.answer()).isNull();
		assertThat(view.answeredAt()).isNull();
		assertThat(view.department()).isEqualTo("控告申诉检察部");
	}

	@Test
	void theApprovedAnswerIsShown() {
		MessageLookup view = WriterView.of(message(MessageStatus.ANSWERED, "公诉部", "答复", AT), null);

		assertThat(view.answer()).isEqualTo("答复");
		assertThat(view.answeredAt()).isEqualTo(AT);
	}

	@Test
	void aMergedMessageShowsTheAnswerOfItsTargetOnlyOnceThatIsAnswered() {
		LookupRepository.StoredLookup merged = message(MessageStatus.MERGED, "办公室", null, null);

		assertThat(WriterView.of(merged, message(MessageStatus.PENDING_APPROVAL, "公诉部", "草稿", null)).answer()).isNull();
		assertThat(WriterView.of(merged, message(MessageStatus.ANSWERED, "公诉部", "合并后的答复", AT)).answer())
			.isEqualTo("合并后的答复");
	}

	@Test
	void noDepartmentIsNamedBeforeTheOfficeAssignedOne() {
		assertThat(WriterView.of(message(MessageStatus.RECEIVED, "办公室", null, null), null).department()).isNull();
	}

	private static LookupRepository.StoredLookup message(MessageStatus status, String department, String answer,
			Instant answeredAt) {
		return new LookupRepository.StoredLookup(UUID.randomUUID(), new byte[32], MessageKind.CONSULTATION, "主题",
				status, department, AT, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 22), null, null, answeredAt,
				answer, null, null);
	}

}
