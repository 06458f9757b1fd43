from knowable.cli import main

main()
