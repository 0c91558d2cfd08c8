package cn.jianwu.testsupport.architecture.sample.clean.b;

import cn.jianwu.testsupport.architecture.sample.clean.a.ItemRepository;

/** Uses another feature's top-level package: its API. */
public class Reports {

	ItemRepository items;

}
