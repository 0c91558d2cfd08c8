package cn.jianwu.channel.weibo;

import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class WeiboChannelHealthIT extends WeiboServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reportsItsStoresInHealthAndAnswersProblems() {
		ServiceProbe probe = new ServiceProbe(this.port);
		probe.assertHealthyWith("db", "kafka");
		probe.assertUnknownPathIsProblem();
	}

	@Test
	void flywayCreatedTheServicesOwnSchemaWithTheDeliveryLedger() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.schemata where schema_name = 'channel_weibo'", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc
			.queryForObject("select count(*) from information_schema.tables where table_schema = 'channel_weibo' "
					+ "and table_name = 'channel_delivery'", Integer.class))
			.isEqualTo(1);
	}

	// Here for the running service: a context of its own would cost more than the check.
	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("channel-weibo", this.port);
	}

}
