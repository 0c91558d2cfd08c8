package cn.jianwu.casequery.query;

import java.time.Duration;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.query.ClientAllowances.Allowance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAllowancesTest {

	private static final QueryProperties.Throttle THROTTLE = new QueryProperties.Throttle(30, 600, 300,
			Duration.ofMinutes(10));

	private final ClientAllowances allowances = new ClientAllowances(
			properties("192[.]0[.]2[.]21", "203[.]0[.]113[.]5"));

	@Test
	void theIvrPlatformGetsTheHotlineAllowanceForItsHotlineQueries() {
		assertThat(this.allowances.of(QueryChannel.HOTLINE, "203.0.113.5"))
			.isEqualTo(new Allowance("cq:throttle:hotline:", 600));
	}

	@Test
	void aHotlineClaimFromAnyOtherAddressCountsAsAPublicCaller() {
		assertThat(this.allowances.of(QueryChannel.HOTLINE, "10.1.2.3")).isEqualTo(new Allowance("cq:throttle:", 30));
		assertThat(this.allowances.of(QueryChannel.HOTLINE, "203.0.113.50"))
			.as("the whole address must match, not a prefix")
			.isEqualTo(new Allowance("cq:throttle:", 30));
		assertThat(this.allowances.of(QueryChannel.HOTLINE, "192.0.2.21")).as("a kiosk is not the IVR")
			.isEqualTo(new Allowance("cq:throttle:", 30));
	}

	@Test
	void theIvrAddressGivesNothingMoreOnAnotherChannel() {
		assertThat(this.allowances.of(QueryChannel.WEB, "203.0.113.5")).isEqualTo(new Allowance("cq:throttle:", 30));
	}

	@Test
	void aKioskGetsTheKioskAllowanceOnlyAsAKiosk() {
		assertThat(this.allowances.of(QueryChannel.KIOSK, "192.0.2.21"))
			.isEqualTo(new Allowance("cq:throttle:kiosk:", 300));
		assertThat(this.allowances.of(QueryChannel.KIOSK, "10.1.2.3")).isEqualTo(new Allowance("cq:throttle:", 30));
	}

	@Test
	void withoutConfiguredAddressesNoClaimGivesALargerAllowance() {
		ClientAllowances none = new ClientAllowances(properties(null, ""));
		assertThat(none.of(QueryChannel.HOTLINE, "203.0.113.5")).isEqualTo(new Allowance("cq:throttle:", 30));
		assertThat(none.of(QueryChannel.KIOSK, "192.0.2.21")).isEqualTo(new Allowance("cq:throttle:", 30));
	}

	private static QueryProperties properties(String kiosks, String ivr) {
		return new QueryProperties(5, Duration.ofMinutes(30), Duration.ofMillis(150), THROTTLE,
				new QueryProperties.Clients("127[.]0[.]0[.]1", "127[.]0[.]0[.]1", kiosks, ivr),
				new QueryProperties.Escalation(3, Duration.ofDays(7)));
	}

}
