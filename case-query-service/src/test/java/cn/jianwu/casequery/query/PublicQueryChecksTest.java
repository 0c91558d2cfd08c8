package cn.jianwu.casequery.query;

import cn.jianwu.casequery.api.query.PublicQueryRequest;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.casefile.FieldProblem;
import cn.jianwu.casequery.casefile.InvalidCaseDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PublicQueryChecksTest {

	@Test
	void aWellFormedPairPassesAsTypedWithSpacesAndALowerCaseX() {
		PublicQueryRequest request = new PublicQueryRequest("3619 5820-4713", "002x", null);
		assertThatNoException().isThrownBy(() -> PublicQueryChecks.check(request));
		assertThat(request.queryCode()).isEqualTo("361958204713");
		assertThat(request.idLast4()).isEqualTo("002X");
	}

	@Test
	void eachMalformedFieldIsNamed() {
		assertThat(problems(new PublicQueryRequest("12345", null, null)))
			.containsExactly(new FieldProblem("queryCode", "查询码应为12位数字"), new FieldProblem("idLast4", "请输入身份证号码后四位"));
		assertThat(problems(new PublicQueryRequest(null, "12Y4", null))).containsExactly(
				new FieldProblem("queryCode", "请输入查询码"), new FieldProblem("idLast4", "身份证号码后四位应为4位数字，末位可为X"));
	}

	@Test
	void theChannelIsTheBodysElseTheHeadersElseTheWebButNeverTheDesk() {
		PublicQueryRequest plain = new PublicQueryRequest("361958204713", "002X", null);
		assertThat(PublicQueryChecks.channel(plain, null)).isEqualTo(QueryChannel.WEB);
		assertThat(PublicQueryChecks.channel(plain, " kiosk")).isEqualTo(QueryChannel.KIOSK);
		assertThat(
				PublicQueryChecks.channel(new PublicQueryRequest("361958204713", "002X", QueryChannel.WECHAT), "KIOSK"))
			.isEqualTo(QueryChannel.WECHAT);
		InvalidCaseDataException desk = catchThrowableOfType(InvalidCaseDataException.class, () -> PublicQueryChecks
			.channel(new PublicQueryRequest("361958204713", "002X", QueryChannel.DESK), null));
		assertThat(desk.problems()).containsExactly(new FieldProblem("channel", "查询渠道应为 WEB、HOTLINE、WECHAT 或 KIOSK"));
		assertThat(catchThrowableOfType(InvalidCaseDataException.class, () -> PublicQueryChecks.channel(plain, "fax")))
			.isNotNull();
	}

	private static java.util.List<FieldProblem> problems(PublicQueryRequest request) {
		return catchThrowableOfType(InvalidCaseDataException.class, () -> PublicQueryChecks.check(request)).problems();
	}

}
