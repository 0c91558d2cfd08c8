package cn.jianwu.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

	@Test
	void everyHanCharacterAndEveryRunOfOtherLettersOrDigitsIsAToken() {
		assertThat(Tokens.count("诈")).isEqualTo(1);
		assertThat(Tokens.count("12309")).isEqualTo(1);
		assertThat(Tokens.count("不起诉")).isEqualTo(3);
		assertThat(Tokens.count("第137期")).isEqualTo(3);
		assertThat(Tokens.count("\"盗窃\"")).isEqualTo(2);
		assertThat(Tokens.count("title:盗窃")).isEqualTo(3);
		assertThat(Tokens.count("𠀀")).isEqualTo(1);
	}

}
