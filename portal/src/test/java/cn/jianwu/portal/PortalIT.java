package cn.jianwu.portal;

import java.net.http.HttpResponse;

import cn.jianwu.testsupport.ServiceProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalIT {

	@LocalServerPort
	int port;

	@Test
	void homePageSpeaksChineseAndLeadsToTheColumnsAndTheCaseQuery() {
		HttpResponse<String> home = new ServiceProbe(this.port).get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html").contains("UTF-8"));
		assertThat(home.body()).contains("lang=\"zh-CN\"", "阳光检务", "案件信息", "检察政务", "检察队伍", "其他公开", "案件查询", "跳到主要内容");
	}

	@Test
	void isHealthyAndAnswersProblemsForApiErrors() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith();
		probe.assertUnknownPathIsProblem();
	}

}
