package cn.jianwu.hall.personal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierPlaceholdersTest {

	private final IdentifierPlaceholders placeholders = new IdentifierPlaceholders(
			Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void eachIdentifierIsReplacedByAPlaceholderNamingItsKindAndKeptInOrder() {
		String text = "身份证110105198003151234，手机139 1234 5678，邮箱a.b@example.cn，银行卡号6222020200112233445。案号京检刑诉〔2026〕12号。";

		IdentifierPlaceholders.Sealed sealed = this.placeholders.seal(text);

		assertThat(sealed.text())
			.isEqualTo("身份证〔已隐去的身份证号码〕，手机〔已隐去的电话号码〕，邮箱〔已隐去的电子邮箱地址〕，银行卡号〔已隐去的银行账号〕。案号京检刑诉〔2026〕12号。");
		assertThat(sealed.identifiers()).containsExactly("110105198003151234", "139 1234 5678", "a.b@example.cn",
				"6222020200112233445");
	}

	@Test
	void restoringPutsTheIdentifiersBackWhereTheyWere() {
		String text = "电话13987654321，再说一遍13987654321。<b>不是标签</b>";
		IdentifierPlaceholders.Sealed sealed = this.placeholders.seal(text);

		assertThat(IdentifierPlaceholders.restore(sealed.text(), sealed.identifiers().iterator())).isEqualTo(text);
	}

	@Test
	void aPlaceholderTheWriterTypedCannotTakeAnIdentifiersPlace() {
		IdentifierPlaceholders.Sealed sealed = this.placeholders.seal("〔已隐去的电话号码〕之后是13987654321");

		assertThat(sealed.text()).isEqualTo("[已隐去的电话号码]之后是〔已隐去的电话号码〕");
		assertThat(IdentifierPlaceholders.restore(sealed.text(), sealed.identifiers().iterator()))
			.isEqualTo("[已隐去的电话号码]之后是13987654321");
	}

	@Test
	void aTextWithoutIdentifiersIsKeptAsWritten() {
		IdentifierPlaceholders.Sealed sealed = this.placeholders.seal("建议延长周末的接待时间。");

		assertThat(sealed.text()).isEqualTo("建议延长周末的接待时间。");
		assertThat(sealed.identifiers()).isEqualTo(List.of());
	}

	@Test
	void restoresTheIdentifiersInTheOrderTheyAppeared() {
		String body = "身份证〔已隐去的身份证号码〕，电话〔已隐去的电话号码〕。";

		assertThat(IdentifierPlaceholders.restore(body, List.of("110105194912310029", "13900001111").iterator()))
			.isEqualTo("身份证110105194912310029，电话13900001111。");
	}

	@Test
	void leavesAPlaceholderWithoutIdentifierAsWritten() {
		String body = "〔已隐去的电话号码〕与〔已隐去的电话号码〕";

		assertThat(IdentifierPlaceholders.restore(body, List.of("13900001111").iterator()))
			.isEqualTo("13900001111与〔已隐去的电话号码〕");
		assertThat(IdentifierPlaceholders.restore(body, List.<String>of().iterator())).isEqualTo(body);
	}

	@Test
	void anIdentifierWithDollarSignsIsTakenLiterally() {
		assertThat(IdentifierPlaceholders.restore("卡号〔已隐去的银行账号〕", List.of("$1\\2").iterator())).isEqualTo("卡号$1\\2");
	}

}
