package cn.jianwu.casequery.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.PersonRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseValidationTest {

	private final CaseValidation validation = new CaseValidation(
			Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("UTC")),
			new InstitutionProperties("测试区人民检察院", "12309", ZoneId.of("Asia/Shanghai")));

	@Test
	void aRoleIsItsCodeOrItsLabelAndAnyOtherIsAnsweredWithTheRolesThereAre() {
		assertThat(this.validation.person(PersonRequest.of("张三", PersonRole.DEFENDER, "11010519491231002X", null), ""))
			.isEmpty();
		assertThat(this.validation.person(new PersonRequest("张三", "近亲属", "11010519491231002X", null), "")).isEmpty();
		assertThat(this.validation.person(new PersonRequest("张三", "证人", "11010519491231002X", null), "persons[0]."))
			.containsExactly(new FieldProblem("persons[0].role", "身份应为：当事人、法定代理人、近亲属、辩护人或诉讼代理人"));
	}

}
