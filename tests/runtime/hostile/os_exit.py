import os

print("leaving")
os._exit(1)
