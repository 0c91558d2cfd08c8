package cn.jianwu.hall.booking.service;

import java.time.LocalTime;
import java.util.List;

import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.booking.BookingProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a service definition must hold beyond its single fields. */
class ServiceDefinitionsTest {

	@Test
	void closingAfterOpeningWithAtLeastOneWholeSlot() {
		assertThatNoException().isThrownBy(() -> ServiceDefinitions.check(request(ServiceKind.VISIT, null, 9, 12, 30)));
		assertThatThrownBy(() -> ServiceDefinitions.check(request(ServiceKind.VISIT, null, 12, 9, 30)))
			.isInstanceOf(BookingProblem.class)
			.hasMessageContaining("结束接待时间应晚于开始接待时间");
		assertThatThrownBy(() -> ServiceDefinitions.check(request(ServiceKind.VISIT, null, 9, 10, 90)))
			.hasMessageContaining("至少应有一个完整时段");
	}

	@Test
	void theChiefsReceptionNamesItsLeader() {
		assertThatThrownBy(() -> ServiceDefinitions.check(request(ServiceKind.CHIEF_RECEPTION, " ", 9, 12, 30)))
			.hasMessageContaining("接待领导");
		assertThatNoException()
			.isThrownBy(() -> ServiceDefinitions.check(request(ServiceKind.CHIEF_RECEPTION, "李检察长", 9, 12, 30)));
	}

	private static BookableServiceRequest request(ServiceKind kind, String leader, int opens, int closes, int minutes) {
		return new BookableServiceRequest(kind, "服务", "控告申诉检察部", leader, "大厅", LocalTime.of(opens, 0),
				LocalTime.of(closes, 0), minutes, 3, 7, 24, List.of(), List.of(), null, true);
	}

}
