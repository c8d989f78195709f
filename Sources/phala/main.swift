import PhalaCLI

await PhalaCommand.runFromCommandLine()
