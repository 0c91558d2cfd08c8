package cn.jianwu.portal.hall.activity;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.SignUpRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpFormTest {

	@Test
	void sendsWhatWasTypedTidied() {
		SignUpRequest request = new SignUpForm(" 赵敏 ", "010-6512 3456", "123x", " 某某街道 ")
			.request(SubmissionChannel.WEB);
		assertThat(request.name()).isEqualTo("赵敏");
		assertThat(request.phone()).isEqualTo("010-65123456").matches(SignUpRequest.PHONE_PATTERN);
		assertThat(request.idLast4()).isEqualTo("123X");
		assertThat(request.organisation()).isEqualTo("某某街道");
		assertThat(request.channelOrWeb()).isEqualTo(SubmissionChannel.WEB);
	}

	@Test
	void blankFieldsAreSentAsAbsent() {
		SignUpRequest request = SignUpForm.blank().request(SubmissionChannel.WEB);
		assertThat(request.name()).isNull();
		assertThat(request.phone()).isNull();
		assertThat(request.idLast4()).isNull();
		assertThat(request.organisation()).isNull();
	}

}
