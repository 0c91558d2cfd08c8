package cn.jianwu.testsupport.architecture.sample.clean.a.sub;

public class Helper {

}
