package cn.jianwu.testsupport.architecture.sample.clean.a;

import cn.jianwu.events.Channel;
import cn.jianwu.testsupport.architecture.sample.clean.a.sub.Helper;

/** Uses a contract and its own feature's internals. */
public class ItemRepository {

	Channel channel;

	Helper helper;

}
