package cn.jianwu.channel.wechat.casequery;

import cn.jianwu.channel.wechat.casequery.CaseCommand.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCommandTest {

	@Test
	void readsAQueryWithAnySeparatorsAndAnUppercaseX() {
		assertThat(CaseCommand.parse("查询 123456789012 123x"))
			.isEqualTo(new CaseCommand(Kind.QUERY, "123456789012", "123X"));
		assertThat(CaseCommand.parse("  查询：123456789012，1234 "))
			.isEqualTo(new CaseCommand(Kind.QUERY, "123456789012", "1234"));
		assertThat(CaseCommand.parse("查询123456789012 1234"))
			.isEqualTo(new CaseCommand(Kind.QUERY, "123456789012", "1234"));
		assertThat(CaseCommand.parse("查詢　１２３４５６７８９０１２　１２３４"))
			.isEqualTo(new CaseCommand(Kind.QUERY, "123456789012", "1234"));
	}

	@Test
	void readsBindAndUnbind() {
		assertThat(CaseCommand.parse("绑定 123456789012 1234"))
			.isEqualTo(new CaseCommand(Kind.BIND, "123456789012", "1234"));
		assertThat(CaseCommand.parse("解绑").kind()).isEqualTo(Kind.UNBIND);
		assertThat(CaseCommand.parse(" 解除绑定 ").kind()).isEqualTo(Kind.UNBIND);
	}

	@Test
	void tellsMalformedCommandsFromOtherText() {
		assertThat(CaseCommand.parse("查询 12345678901 1234").kind()).isEqualTo(Kind.MALFORMED_QUERY);
		assertThat(CaseCommand.parse("查询 123456789012 12345").kind()).isEqualTo(Kind.MALFORMED_QUERY);
		assertThat(CaseCommand.parse("查询 123456789012 X123").kind()).isEqualTo(Kind.MALFORMED_QUERY);
		assertThat(CaseCommand.parse("绑定").kind()).isEqualTo(Kind.MALFORMED_BIND);
		assertThat(CaseCommand.parse("你好").kind()).isEqualTo(Kind.OTHER);
		assertThat(CaseCommand.parse(null).kind()).isEqualTo(Kind.WELCOME);
	}

	@Test
	void spotsAWholeIdNumberWhereverItIs() {
		assertThat(CaseCommand.parse("查询 110101199003071234").kind()).isEqualTo(Kind.FULL_ID_NUMBER);
		assertThat(CaseCommand.parse("我的身份证是11010119900307123X").kind()).isEqualTo(Kind.FULL_ID_NUMBER);
		assertThat(CaseCommand.parse("110101900307123").kind()).isEqualTo(Kind.FULL_ID_NUMBER);
		// a code and four digits written together are not an ID number
		assertThat(CaseCommand.parse("查询 1234567890121234").kind()).isEqualTo(Kind.MALFORMED_QUERY);
	}

	@Test
	void neverShowsTheCredentialInItsText() {
		assertThat(CaseCommand.parse("查询 123456789012 1234").toString()).doesNotContain("123456789012")
			.doesNotContain("1234]");
	}

}
