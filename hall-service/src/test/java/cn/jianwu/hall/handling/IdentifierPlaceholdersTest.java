package cn.jianwu.hall.handling;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierPlaceholdersTest {

	@Test
	void restoresTheIdentifiersInTheOrderTheyAppeared() {
		String body = "身份证〔已隐去的身份证号码〕，电话〔已隐去的电话号码〕。";

		assertThat(IdentifierPlaceholders.restore(body, List.of("110105194912310029", "13900001111")))
			.isEqualTo("身份证110105194912310029，电话13900001111。");
	}

	@Test
	void leavesAPlaceholderWithoutIdentifierAsWritten() {
		String body = "〔已隐去的电话号码〕与〔已隐去的电话号码〕";

		assertThat(IdentifierPlaceholders.restore(body, List.of("13900001111"))).isEqualTo("13900001111与〔已隐去的电话号码〕");
		assertThat(IdentifierPlaceholders.restore(body, List.of())).isEqualTo(body);
	}

	@Test
	void anIdentifierWithDollarSignsIsTakenLiterally() {
		assertThat(IdentifierPlaceholders.restore("卡号〔已隐去的银行卡号〕", List.of("$1\\2"))).isEqualTo("卡号$1\\2");
	}

}
