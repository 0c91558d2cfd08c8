package cn.jianwu.hall.intake;

import java.util.List;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.department.HallDepartments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitialRoutingTest {

	private static final HallDepartments DEPARTMENTS = new HallDepartments("办公室", "控告申诉检察部",
			List.of("办公室", "控告申诉检察部", "公诉部", "未成年人检察部"));

	@Test
	void complaintsAndReportsStartWithTheComplaintsDepartment() {
		assertThat(InitialRouting.of(MessageKind.COMPLAINT, null, DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.ASSIGNED, "控告申诉检察部"));
		assertThat(InitialRouting.of(MessageKind.REPORT, null, DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.ASSIGNED, "控告申诉检察部"));
	}

	@Test
	void feedbackAndCallResponsesStartWithTheDepartmentOfWhatTheyReferTo() {
		assertThat(InitialRouting.of(MessageKind.ITEM_FEEDBACK, "公诉部", DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.ASSIGNED, "公诉部"));
		assertThat(InitialRouting.of(MessageKind.CALL_RESPONSE, "未成年人检察部", DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.ASSIGNED, "未成年人检察部"));
	}

	@Test
	void feedbackForADepartmentTheHallDoesNotKnowWaitsForTheOffice() {
		assertThat(InitialRouting.of(MessageKind.ITEM_FEEDBACK, "已撤销的部门", DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.RECEIVED, null));
	}

	@Test
	void everythingElseWaitsForTheOffice() {
		assertThat(InitialRouting.of(MessageKind.CONSULTATION, null, DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.RECEIVED, null));
		assertThat(InitialRouting.of(MessageKind.SUGGESTION, "公诉部", DEPARTMENTS))
			.isEqualTo(new InitialRouting(MessageStatus.RECEIVED, null));
	}

}
