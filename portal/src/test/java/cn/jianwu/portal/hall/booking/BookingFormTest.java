package cn.jianwu.portal.hall.booking;

import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingFormTest {

	private static final UUID SERVICE = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	@Test
	void sendsWhatWasTypedTidiedAndTheChosenSlot() {
		BookingForm form = new BookingForm("2026-12-08T09:30", " 王建国 ", "138 0013 8000", "302x", " 咨询案件进展 ", null, null,
				null, true);
		AppointmentRequest request = form.request(SERVICE, false, SubmissionChannel.WEB);
		assertThat(request.serviceId()).isEqualTo(SERVICE);
		assertThat(request.slotStart()).isEqualTo(LocalDateTime.of(2026, 12, 8, 9, 30));
		assertThat(request.name()).isEqualTo("王建国");
		assertThat(request.phone()).isEqualTo("13800138000").matches(AppointmentRequest.PHONE_PATTERN);
		assertThat(request.idLast4()).isEqualTo("302X").matches(AppointmentRequest.ID_LAST4_PATTERN);
		assertThat(request.purpose()).isEqualTo("咨询案件进展");
		assertThat(request.joinWaitlist()).isTrue();
		assertThat(request.channelOrWeb()).isEqualTo(SubmissionChannel.WEB);
	}

	@Test
	void aLawyersFieldsGoOnlyToALawyersService() {
		BookingForm form = new BookingForm("2026-12-08T09:30", "李律师", "13800138000", "1234", "阅卷", "11101200810123456",
				"某某律师事务所", "（2026）某检刑诉12号", false);
		AppointmentRequest lawyer = form.request(SERVICE, true, SubmissionChannel.WEB);
		assertThat(lawyer.licenceNumber()).isEqualTo("11101200810123456");
		assertThat(lawyer.lawFirm()).isEqualTo("某某律师事务所");
		assertThat(lawyer.caseNumber()).isEqualTo("（2026）某检刑诉12号");
		AppointmentRequest visit = form.request(SERVICE, false, SubmissionChannel.WEB);
		assertThat(visit.licenceNumber()).isNull();
		assertThat(visit.lawFirm()).isNull();
		assertThat(visit.caseNumber()).isNull();
	}

	@Test
	void blankFieldsAreSentAsAbsentSoThatTheServiceNamesWhatIsMissing() {
		AppointmentRequest request = new BookingForm("", " ", "", null, "  ", " ", "", null, false).request(SERVICE,
				true, SubmissionChannel.KIOSK);
		assertThat(request.slotStart()).isNull();
		assertThat(request.name()).isNull();
		assertThat(request.phone()).isNull();
		assertThat(request.idLast4()).isNull();
		assertThat(request.purpose()).isNull();
		assertThat(request.licenceNumber()).isNull();
		assertThat(request.lawFirm()).isNull();
		assertThat(request.channel()).isEqualTo(SubmissionChannel.KIOSK);
	}

	@Test
	void aSlotThatIsNotOneOfTheListsValuesIsNoSlot() {
		assertThat(BookingForm.blank("tomorrow morning").chosenSlot()).isNull();
		assertThat(BookingForm.blank(null).chosenSlot()).isNull();
		BookingForm chosen = BookingForm.blank("2026-12-08T09:30");
		assertThat(chosen.chose(LocalDateTime.of(2026, 12, 8, 9, 30))).isTrue();
		assertThat(chosen.chose(LocalDateTime.of(2026, 12, 8, 10, 0))).isFalse();
		assertThat(chosen.chose(null)).isFalse();
	}

}
