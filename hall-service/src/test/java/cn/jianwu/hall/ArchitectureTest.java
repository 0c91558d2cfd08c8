package cn.jianwu.hall;

import cn.jianwu.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform's architecture rules on this service's production classes. */
class ArchitectureTest {

	@Test
	void keepsToThePlatformsArchitecture() {
		ArchitectureRules.checkService("cn.jianwu.hall");
	}

}
