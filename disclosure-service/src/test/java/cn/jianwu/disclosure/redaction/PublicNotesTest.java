package cn.jianwu.disclosure.redaction;

import java.util.List;

import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.redaction.RedactionScanner;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A note staff write for the public is published as written: nothing identifying in it.
 */
class PublicNotesTest {

	private final PublicNotes notes = new PublicNotes(new RedactionScanner());

	@Test
	void aWithdrawalReasonWithAnIdNumberIsRefusedWithoutRepeatingIt() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.notes.check("当事人14010519850312457X申请撤回", List.of(), "撤回理由", "reason"))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
				assertThat(refusal.kind()).isEqualTo("unredacted-identifier");
				assertThat(refusal.title()).isEqualTo("撤回理由含有个人信息");
				assertThat(refusal.properties()).as("the form marks the field").containsEntry("field", "reason");
			})
			.withMessageContaining("将向公众公开")
			.withMessageNotContaining("14010519850312457X");
	}

	@Test
	void aRevisionNoteWithAPhoneNumberIsRefused() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.notes.check("联系电话改为13803512468", List.of(), "修订说明", "revisionNote"))
			.withMessageContaining("修订说明");
	}

	@Test
	void aNoteNamingAListedPersonIsRefused() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.notes.check("更正王建国的出生日期", List.of("王建国"), "修订说明", "revisionNote"));
	}

	@Test
	void anOrdinaryNotePasses() {
		assertThatCode(() -> this.notes.check("更正文书编号，补充办理时限。", List.of("王建国"), "修订说明", "revisionNote"))
			.doesNotThrowAnyException();
	}

}
