package cn.jianwu.disclosure.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The demo accounts exist only where the launcher's demo step asks for them. */
class DemoAccountsConditionTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(StaffAccounts.class, () -> mock(StaffAccounts.class))
		.withBean(PasswordEncoder.class, NoOpPasswordEncoder::getInstance)
		.withUserConfiguration(DemoAccounts.class);

	@Test
	void offByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void offWhenFalse() {
		this.runner.withPropertyValues("jianwu.demo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void onWithTheDemoFlag() {
		this.runner.withPropertyValues("jianwu.demo.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(DemoAccounts.class));
	}

	@Test
	void theDemoStaffOfTheDesign() {
		assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.DemoAccount::username)
			.containsExactly("clerk1", "head1", "leader1", "chief", "casemgr", "press", "supervisor", "admin", "clerk2",
					"head2", "office1", "clerk3", "head3");
		assertThat(DemoAccounts.ACCOUNTS).allSatisfy((account) -> assertThat(account.name()).isNotBlank());
	}

}
