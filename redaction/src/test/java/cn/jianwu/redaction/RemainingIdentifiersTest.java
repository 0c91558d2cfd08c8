package cn.jianwu.redaction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Approval is refused while an identifier or a listed name remains in the text. */
class RemainingIdentifiersTest {

	private static final String INDICTMENT = """
			被不起诉人张三，男，1990年3月7日出生，身份证号140105199003071234，住山西省太原市小店区平阳路1号。
			联系电话13800138000，电子邮箱zs@example.com，驾驶晋A12345号轿车，银行卡号6217001234567890122。
			被害人欧阳娜娜。本院认为……依照第一百七十七条第二款，决定对张三不起诉。案号晋检刑不诉〔2024〕12号。
			""";

	private static final List<String> PERSONS = List.of("张三", "欧阳娜娜");

	private final RedactionScanner scanner = new RedactionScanner();

	@Test
	void findsEveryIdentifierInTheUnredactedText() {
		assertThat(this.scanner.remainingIdentifiers(INDICTMENT)).extracting(Redaction::kind)
			.containsExactly(RedactionKind.ID_NUMBER, RedactionKind.PHONE, RedactionKind.EMAIL,
					RedactionKind.LICENCE_PLATE, RedactionKind.BANK_CARD);
		assertThat(this.scanner.remainingPersons(INDICTMENT, PERSONS)).containsExactly("张三", "欧阳娜娜");
	}

	@Test
	void findsNothingOnceEveryProposalIsApplied() {
		String redacted = Redactor.apply(INDICTMENT, this.scanner.scan(INDICTMENT, PERSONS, List.of("平阳路1号")));

		RedactionCheck check = this.scanner.check(redacted, PERSONS, List.of());

		assertThat(check.clean()).isTrue();
		assertThat(redacted).contains("被不起诉人张某", "被害人欧阳某", "小店区×××××", "晋检刑不诉〔2024〕12号", "1990年3月7日出生");
	}

	@Test
	void blocksApprovalWhileTheClerkLeftAnIdentifierAndAcceptsWhatTheClerkDismissed() {
		List<Redaction> accepted = this.scanner.scan(INDICTMENT, PERSONS)
			.stream()
			.filter((redaction) -> redaction.kind() != RedactionKind.BANK_CARD)
			.toList();
		String redacted = Redactor.apply(INDICTMENT, accepted);

		RedactionCheck blocked = this.scanner.check(redacted, PERSONS, List.of());
		RedactionCheck dismissed = this.scanner.check(redacted, PERSONS, List.of("6217001234567890122"));

		assertThat(blocked.clean()).isFalse();
		assertThat(blocked.identifiers()).singleElement()
			.satisfies((left) -> assertThat(left.original()).isEqualTo("6217001234567890122"));
		assertThat(dismissed.clean()).isTrue();
	}

	@Test
	void reportsAListedNameTheClerkKept() {
		List<Redaction> accepted = this.scanner.scan(INDICTMENT, PERSONS)
			.stream()
			.filter((redaction) -> !redaction.original().equals("欧阳娜娜"))
			.toList();

		assertThat(this.scanner.remainingPersons(Redactor.apply(INDICTMENT, accepted), PERSONS))
			.containsExactly("欧阳娜娜");
	}

}
