package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The clerk's round trip: preview, drop or add proposals, apply what was accepted. */
class RedactorTest {

	private static final String TEXT = "被害人张三（手机13800138000）称，其将人民币5万元转入李四的账户6217001234567890122。";

	private final RedactionScanner scanner = new RedactionScanner();

	@Test
	void appliesEveryProposalWhateverTheirOrder() {
		List<Redaction> proposals = new ArrayList<>(this.scanner.scan(TEXT, List.of("张三", "李四")));
		List<Redaction> reversed = new ArrayList<>(proposals);
		java.util.Collections.reverse(reversed);

		String redacted = Redactor.apply(TEXT, proposals);

		assertThat(redacted).isEqualTo("被害人张某（手机×××××××××××）称，其将人民币5万元转入李某的账户×××××××××××××××××××。");
		assertThat(Redactor.apply(TEXT, reversed)).isEqualTo(redacted);
	}

	@Test
	void keepsWhatTheClerkDroppedAndDeletesWhatTheClerkAdded() {
		List<Redaction> accepted = new ArrayList<>(this.scanner.scan(TEXT, List.of("张三", "李四")));
		accepted.removeIf(
				(redaction) -> redaction.kind() == RedactionKind.PERSON_NAME && redaction.original().equals("李四"));
		int amount = TEXT.indexOf("5万元");
		accepted.add(Redaction.crossedOut(RedactionKind.BANK_CARD, "5万元", amount, "经办人补充删除"));

		String redacted = Redactor.apply(TEXT, accepted);

		assertThat(redacted).contains("转入李四的账户", "人民币×××转入").doesNotContain("13800138000", "张三");
	}

	@Test
	void appliesNothingToAnEmptyList() {
		assertThat(Redactor.apply(TEXT, List.of())).isEqualTo(TEXT);
	}

	@Test
	void refusesRedactionsMadeForAnotherVersionOfTheText() {
		List<Redaction> proposals = this.scanner.scan(TEXT, List.of("张三"));
		String edited = "经审查，" + TEXT;

		assertThatIllegalArgumentException().isThrownBy(() -> Redactor.apply(edited, proposals))
			.withMessageContaining("no longer matches")
			.withMessageNotContaining("张三");
	}

	@Test
	void refusesOverlappingRedactionsAndSpansBeyondTheText() {
		Redaction name = new Redaction(RedactionKind.PERSON_NAME, "张三", "张某", 3, 5, "自然人姓名（保留姓氏）");
		Redaction overlapping = Redaction.crossedOut(RedactionKind.ADDRESS, "三（", 4, "经办人标注删除的住址");
		Redaction beyond = Redaction.crossedOut(RedactionKind.ADDRESS, "。。", TEXT.length() - 1, "经办人标注删除的住址");

		assertThatIllegalArgumentException().isThrownBy(() -> Redactor.apply(TEXT, List.of(name, overlapping)))
			.withMessageContaining("overlaps");
		assertThatIllegalArgumentException().isThrownBy(() -> Redactor.apply(TEXT, List.of(beyond)))
			.withMessageContaining("beyond");
	}

	@Test
	void aRedactionSpanMustFitItsOriginal() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Redaction(RedactionKind.PHONE, "138", "×××", 0, 5, "手机号码"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Redaction(RedactionKind.PHONE, "", "", 3, 3, "手机号码"));
	}

}
