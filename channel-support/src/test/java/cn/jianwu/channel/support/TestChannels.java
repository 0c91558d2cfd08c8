package cn.jianwu.channel.support;

import cn.jianwu.events.Channel;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An adapter with two scripted channels, as a service would declare its ports. */
@SpringBootApplication
class TestChannels {

	@Bean
	ScriptedPort weibo() {
		return new ScriptedPort(Channel.WEIBO);
	}

	/** The in-doubt tests' channel, whose circuit never opens on their timeouts. */
	@Bean
	ScriptedPort bulletin() {
		return new ScriptedPort(Channel.BULLETIN);
	}

}
